import { describe, expect, it } from 'vitest';
import {
  generateRequestReference,
  REFERENCE_ALPHABET,
  requestReferencePattern,
} from './generate-request-reference';

describe('generateRequestReference', () => {
  it('when generated for 2026, it reads OIK-2026- and six unambiguous symbols', () => {
    for (let i = 0; i < 200; i += 1) {
      expect(generateRequestReference(2026)).toMatch(requestReferencePattern);
    }
  });

  it('when the random source picks given positions, those symbols are used in order', () => {
    const picks = [0, 1, 2, 27, 28, 29];
    expect(generateRequestReference(2027, () => picks.shift() ?? 0)).toBe('OIK-2027-234XYZ');
  });

  it('when the alphabet is inspected, it has no characters that look alike', () => {
    for (const confusable of ['0', 'O', '1', 'I', 'L', 'U'])
      expect(REFERENCE_ALPHABET).not.toContain(confusable);
  });
});
