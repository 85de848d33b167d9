import { describe, expect, it } from 'vitest';
import { runCountEntries } from './run-counts';

describe('runCountEntries', () => {
  it('when a run has counts, the non-zero ones come in a fixed order and the rest are left out', () => {
    expect(
      runCountEntries({ refused: 1, unchanged: 0, created: 3, refusedSuppressed: 1, updated: 2 }),
    ).toEqual([
      { key: 'created', count: 3 },
      { key: 'updated', count: 2 },
      { key: 'refused', count: 1 },
    ]);
  });

  it('when nothing was counted, the list is empty', () => {
    expect(runCountEntries({})).toEqual([]);
  });
});
