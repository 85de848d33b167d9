import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { AuditChainKeys } from '../../config/audit-chain-key';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditFields {
  seq: number;
  at: Date;
  actorType: string;
  actorId: string | null;
  action: string;
  requestId: string | null;
  recordType: string | null;
  recordId: string | null;
  details: string | null;
}

/**
 * Two hash schemes, told apart by the stored hash itself:
 * - legacy (entries written before December 2026): 64 hex characters,
 *   SHA-256(prevHash + canonical entry). Anyone with database access could
 *   recompute it, so it is only ever verified, never written again.
 * - keyed: `k1.<keyId>.<hex>`, HMAC-SHA256 under AUDIT_CHAIN_KEY, which lives
 *   outside the database. Without the key nobody can produce a valid entry.
 * The scheme and key id are part of the hash, which is part of the next
 * entry's prevHash, so changing them is itself a broken link.
 */
export const KEYED_PREFIX = 'k1.';

function canonicalOf(e: AuditFields): string {
  return JSON.stringify([
    e.seq,
    e.at.toISOString(),
    e.actorType,
    e.actorId,
    e.action,
    e.requestId,
    e.recordType,
    e.recordId,
    e.details,
  ]);
}

/** The legacy plain SHA-256 hash, kept only to verify old entries. */
export function legacyHashAuditEntry(prevHash: string, e: AuditFields): string {
  return createHash('sha256').update(prevHash).update(canonicalOf(e)).digest('hex');
}

/** hash = `k1.<keyId>.` + HMAC-SHA256(key, prevHash + canonical JSON of the entry). */
export function hashAuditEntry(prevHash: string, e: AuditFields, keys: AuditChainKeys): string {
  const mac = createHmac('sha256', keys.current.key)
    .update(prevHash)
    .update(canonicalOf(e))
    .digest('hex');
  return `${KEYED_PREFIX}${keys.current.id}.${mac}`;
}

export type HashCheck =
  | { ok: true; scheme: 'legacy' }
  | { ok: true; scheme: 'keyed'; keyIndex: number }
  | { ok: false; reason: 'altered' | 'unknown_key' };

/**
 * Checks a stored entry's hash under whichever scheme it claims. `keyIndex` is
 * the key's position in the configured list (retired keys first, the current
 * key last), so the verifier can refuse a chain that goes back to an older key.
 */
export function checkAuditEntryHash(
  e: AuditFields & { prevHash: string; hash: string },
  keys: AuditChainKeys,
): HashCheck {
  if (!e.hash.startsWith(KEYED_PREFIX)) {
    return legacyHashAuditEntry(e.prevHash, e) === e.hash
      ? { ok: true, scheme: 'legacy' }
      : { ok: false, reason: 'altered' };
  }
  const [, keyId, mac] = e.hash.split('.');
  const keyIndex = keys.all.findIndex((k) => k.id === keyId);
  const key = keys.all[keyIndex];
  if (!key || !mac) return { ok: false, reason: 'unknown_key' };
  const expected = createHmac('sha256', key.key).update(e.prevHash).update(canonicalOf(e)).digest();
  const given = Buffer.from(mac, 'hex');
  return given.length === expected.length && timingSafeEqual(expected, given)
    ? { ok: true, scheme: 'keyed', keyIndex }
    : { ok: false, reason: 'altered' };
}
