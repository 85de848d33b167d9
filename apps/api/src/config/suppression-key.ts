import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../paths';
import type { Env } from './env';

/** The keys of the marketing suppression list's keyed hashes. */
export interface SuppressionKeys {
  /** Hashes new entries. */
  current: Uint8Array;
  /** Earlier keys, still checked so entries hashed with them keep working after a rotation. */
  previous: Uint8Array[];
}

/**
 * The suppression list stores only HMACs of addresses (GDPR Art. 5(1)(c)), so
 * its key decides whether the list still recognises anyone: it has its own
 * key, never SESSION_SECRET (rotating that would silently void the list).
 * SUPPRESSION_KEY when given (required in production, enforced by env.ts);
 * otherwise a random key generated once into var/ and kept. Rotation: set the
 * new SUPPRESSION_KEY and move the old one to SUPPRESSION_KEY_PREVIOUS
 * (SECURITY.md).
 */
export function resolveSuppressionKeys(env: Env): SuppressionKeys {
  const encode = (text: string) => new TextEncoder().encode(text);
  const previous = (env.SUPPRESSION_KEY_PREVIOUS ?? []).map(encode);
  if (env.SUPPRESSION_KEY) return { current: encode(env.SUPPRESSION_KEY), previous };
  const file = path.join(repoRoot, 'var', 'suppression-key');
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    // 'wx': two processes starting at once never overwrite each other's key.
    try {
      writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return { current: encode(readFileSync(file, 'utf8').trim()), previous };
}
