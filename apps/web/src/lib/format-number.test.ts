import { describe, expect, it } from 'vitest';
import { formatCount } from './format-number';

describe('formatCount', () => {
  it('when a count runs into thousands, Finnish and Swedish group with a space and English with a comma', () => {
    expect(formatCount(12345, 'fi').replace(/\s/g, ' ')).toBe('12 345');
    expect(formatCount(12345, 'sv').replace(/\s/g, ' ')).toBe('12 345');
    expect(formatCount(12345, 'en')).toBe('12,345');
  });

  it('when a count is small, it is written as it is', () => {
    expect(formatCount(0, 'fi')).toBe('0');
    expect(formatCount(7, 'en')).toBe('7');
  });
});
