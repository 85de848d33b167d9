import { createHash } from 'node:crypto';

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
 * hash = SHA-256(prevHash + canonical JSON of the entry). Any edit, deletion or
 * reordering of an entry breaks every later hash, which `dsr audit verify` finds.
 */
export function hashAuditEntry(prevHash: string, e: AuditFields): string {
  const canonical = JSON.stringify([
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
  return createHash('sha256').update(prevHash).update(canonical).digest('hex');
}
