import { describe, expect, it } from 'vitest';
import { formatNoticeDate } from './format-notice-date';

describe('formatNoticeDate', () => {
  it('when formatting the day the notice was drawn up, each language writes it its own way', () => {
    expect(formatNoticeDate('2023-07-05', 'fi')).toBe('5.7.2023');
    expect(formatNoticeDate('2023-07-05', 'sv')).toBe('5 juli 2023');
    expect(formatNoticeDate('2023-07-05', 'en')).toBe('5 July 2023');
  });

  it('when the date is the first or last day of a year, the process time zone does not shift it', () => {
    expect(formatNoticeDate('2026-01-01', 'fi')).toBe('1.1.2026');
    expect(formatNoticeDate('2026-12-31', 'en')).toBe('31 December 2026');
  });
});
