import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AppContext } from '../../context';

/**
 * Keyed hash of a sign-in code or link token. Only these hashes are stored,
 * so a copy of the database does not let anyone sign in; the key is the
 * installation secret, so a six-digit code cannot be found by hashing all
 * million candidates without it. The code is bound to its challenge id.
 * `client` hashes the client address a code was asked from (never stored in the clear).
 */
export function hashChallengeSecret(
  ctx: Pick<AppContext, 'secret'>,
  kind: 'code' | 'link' | 'client',
  value: string,
  challengeId = '',
): string {
  return createHmac('sha256', ctx.secret)
    .update(`oikeus-login:${kind}:${challengeId}:${value}`)
    .digest('hex');
}

/** Constant-time comparison of two hex hashes. */
export function isSameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}
