import { describe, expect, it } from 'vitest';
import { median, percentile } from './percentiles';

describe('median and percentile', () => {
  it('with an odd count the median is the middle value, in any input order', () => {
    expect(median([25, 3, 12, 5, 12, 8, 24, 10, 15])).toBe(12);
  });

  it('with an even count the median is the mean of the two middle values', () => {
    expect(median([3, 5, 8, 10])).toBe(6.5);
  });

  it('the 90th percentile of nine values is the largest (rank ⌈8.1⌉ = 9); of ten, the ninth', () => {
    expect(percentile([3, 5, 8, 10, 12, 12, 15, 24, 25], 90)).toBe(25);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
  });

  it('with no values there is nothing to report', () => {
    expect(median([])).toBeNull();
    expect(percentile([], 90)).toBeNull();
  });
});
