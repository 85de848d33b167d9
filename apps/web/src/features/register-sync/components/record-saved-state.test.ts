import { describe, expect, it } from 'vitest';
import { readRecordSavedState } from './record-saved-state';

describe('readRecordSavedState', () => {
  it('when a save handed on its outcome, it is read with the restriction flag', () => {
    expect(readRecordSavedState({ saved: 'updated', isRestricted: true })).toEqual({
      saved: 'updated',
      isRestricted: true,
    });
    expect(readRecordSavedState({ saved: 'permission' })).toEqual({
      saved: 'permission',
      isRestricted: false,
    });
  });

  it('when the page was opened directly or the state is something else, there is nothing to say', () => {
    expect(readRecordSavedState(null)).toBeNull();
    expect(readRecordSavedState({ returnTo: '/console' })).toBeNull();
    expect(readRecordSavedState({ saved: 'deleted' })).toBeNull();
  });
});
