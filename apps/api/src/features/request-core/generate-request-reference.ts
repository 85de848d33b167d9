import { randomInt } from 'node:crypto';

/**
 * Letters and digits a person reads and types without mix-ups (no 0/O, 1/I/L, U).
 * 30 symbols over six places: about 729 million references per year.
 */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 6;

/** A human reference such as `OIK-2026-7KQ4M2` (the year of receipt). */
export function generateRequestReference(
  year: number,
  pick: (max: number) => number = randomInt,
): string {
  let suffix = '';
  for (let i = 0; i < LENGTH; i += 1) suffix += REFERENCE_ALPHABET[pick(REFERENCE_ALPHABET.length)];
  return `OIK-${year}-${suffix}`;
}

export const requestReferencePattern = /^OIK-\d{4}-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{6}$/;
