import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Keys look like `oik_<prefix>_<secret>`: the prefix finds the row, only a
 * SHA-256 hash of the 256-bit random secret is stored (a slow password hash
 * adds nothing for a secret this long), and the whole key is shown once.
 */
export function generateApiKey(): { key: string; prefix: string; secretHash: string } {
  const prefix = randomBytes(6).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  return { key: `oik_${prefix}_${secret}`, prefix, secretHash: hashSecret(secret) };
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Splits a presented key; null when it is not shaped like one. */
export function splitApiKey(key: string): { prefix: string; secret: string } | null {
  const match = /^oik_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/.exec(key.trim());
  return match ? { prefix: match[1] as string, secret: match[2] as string } : null;
}

export function isSecretOf(secret: string, secretHash: string): boolean {
  const presented = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(secretHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
