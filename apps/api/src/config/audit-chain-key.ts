import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../paths';
import type { Env } from './env';

export interface AuditChainKey {
  /** First 8 hex characters of SHA-256(key): names the key in each hash without revealing it. */
  id: string;
  key: Buffer;
}

export interface AuditChainKeys {
  /** The key new entries and checkpoints are written with. */
  current: AuditChainKey;
  /** Retired keys (oldest first) then the current one; verification accepts all of them. */
  all: AuditChainKey[];
}

function keyOf(secret: string): AuditChainKey {
  const key = Buffer.from(secret, 'utf8');
  return { id: createHash('sha256').update(key).digest('hex').slice(0, 8), key };
}

/** Builds the key set from the current secret and the retired ones (oldest first). */
export function auditChainKeysOf(current: string, retired: readonly string[] = []): AuditChainKeys {
  const currentKey = keyOf(current);
  const all = retired.map(keyOf).filter((k) => k.id !== currentKey.id);
  return { current: currentKey, all: [...all, currentKey] };
}

/**
 * The audit chain's HMAC key is kept outside the database (GDPR Art. 5(2),
 * 32(1)(b)): whoever can write the database must still not be able to rewrite
 * the trail unnoticed. AUDIT_CHAIN_KEY when given (required in production, so
 * every API process and worker shares it); otherwise a random key generated
 * once into var/, as SESSION_SECRET is. AUDIT_CHAIN_RETIRED_KEYS keeps earlier
 * keys verifiable after a rotation (SECURITY.md "Audit trail").
 */
export function resolveAuditChainKeys(env: Env): AuditChainKeys {
  const retired = (env.AUDIT_CHAIN_RETIRED_KEYS ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  if (env.AUDIT_CHAIN_KEY) return auditChainKeysOf(env.AUDIT_CHAIN_KEY, retired);
  const file = path.join(repoRoot, 'var', 'audit-chain-key');
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    // 'wx': two processes starting at once never overwrite each other's key.
    try {
      writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  return auditChainKeysOf(readFileSync(file, 'utf8').trim(), retired);
}
