import type { AuditAction, AuditDetails } from '@oikeus/contracts';
import type { Database } from '../../db/client';
import { lockSequence, type Tx } from '../../db/transaction';
import { GENESIS_HASH, hashAuditEntry } from './audit-hash';

/** Advisory-lock key for the audit chain (PostgreSQL); every appender takes it. */
export const AUDIT_CHAIN_LOCK = 4_157_001;

/** What an entry says, without who and when (request-core adds those for request changes). */
export interface AuditRecordInput {
  /** A member of the closed vocabulary; the column stays a string in the database. */
  action: AuditAction;
  recordType?: string | null;
  recordId?: string | null;
  /** Before/after values where relevant; keep personal data out unless the decision needs it. */
  details?: AuditDetails | null;
}

export interface AuditInput extends AuditRecordInput {
  at: Date;
  actorType: 'subject' | 'staff' | 'system';
  actorId?: string | null;
  requestId?: string | null;
}

/**
 * Appends one entry to the hash-chained audit trail, inside the caller's
 * transaction so the entry commits with the change it records.
 */
export async function appendAuditEntry(
  tx: Tx,
  db: Database,
  input: AuditInput,
): Promise<{ seq: number; hash: string }> {
  await lockSequence(tx, db, AUDIT_CHAIN_LOCK);
  const last = await tx.auditEntry.findFirst({
    orderBy: { seq: 'desc' },
    select: { seq: true, hash: true },
  });
  const prevHash = last?.hash ?? GENESIS_HASH;
  const seq = (last?.seq ?? 0) + 1;
  const fields = {
    seq,
    at: input.at,
    actorType: input.actorType,
    actorId: input.actorId ?? null,
    action: input.action,
    requestId: input.requestId ?? null,
    recordType: input.recordType ?? null,
    recordId: input.recordId ?? null,
    details: input.details ? JSON.stringify(input.details) : null,
  };
  const hash = hashAuditEntry(prevHash, fields);
  await tx.auditEntry.create({ data: { ...fields, prevHash, hash } });
  return { seq, hash };
}
