import { describe, expect, it } from 'vitest';
import { formatFileSize } from './format-file-size';

describe('formatFileSize', () => {
  it('shows megabytes with a decimal comma in Finnish', () => {
    expect(formatFileSize(5_250_000, 'fi')).toBe('5,3 Mt');
  });

  it('shows kilobytes in English', () => {
    expect(formatFileSize(12_400, 'en')).toBe('12.4 kB');
  });

  it('never shows a tiny file as zero', () => {
    expect(formatFileSize(20, 'en')).toBe('0.1 kB');
  });
});
