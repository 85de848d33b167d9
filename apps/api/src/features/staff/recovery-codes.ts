import { randomInt } from 'node:crypto';
import { hashSecret, verifySecret } from './password-hash';

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export const RECOVERY_CODE_COUNT = 10;

/** Ten single-use codes shown once as `xxxxx-xxxxx`; only argon2 hashes are stored. */
export async function generateRecoveryCodes(): Promise<{ codes: string[]; hashes: string[] }> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const raw = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    return `${raw.slice(0, 5)}-${raw.slice(5)}`;
  });
  const hashes = await Promise.all(codes.map((code) => hashSecret(normaliseRecoveryCode(code))));
  return { codes, hashes };
}

export function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export function parseRecoveryCodeHashes(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/** The hashes left after using `code`, or null when no unused code matches. */
export async function consumeRecoveryCode(
  hashes: string[],
  code: string,
): Promise<string[] | null> {
  const normalised = normaliseRecoveryCode(code);
  for (const [index, hashed] of hashes.entries()) {
    if (await verifySecret(hashed, normalised)) return hashes.filter((_, i) => i !== index);
  }
  return null;
}
