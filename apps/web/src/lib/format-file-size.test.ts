import { describe, expect, it } from 'vitest';
import { formatFileSize } from './format-file-size';

describe('formatFileSize', () => {
  it('shows the 5 MiB upload limit as a round 5 MB, in Finnish with its own unit', () => {
    expect(formatFileSize(5 * 1024 * 1024, 'fi')).toBe('5 Mt');
  });

  it('shows megabytes with a decimal comma in Swedish', () => {
    expect(formatFileSize(2.5 * 1024 * 1024, 'sv')).toBe('2,5 MB');
  });

  it('shows kilobytes in English', () => {
    expect(formatFileSize(12_800, 'en')).toBe('12.5 kB');
  });

  it('never shows a tiny file as zero', () => {
    expect(formatFileSize(20, 'en')).toBe('0.1 kB');
  });
});
