import type { Database } from '../../db/client';
import { lockSequence, type Tx } from '../../db/transaction';
import { AUDIT_CHAIN_LOCK, type AuditInput } from './append-audit-entry';
import { GENESIS_HASH, hashAuditEntry } from './audit-hash';
import { Prisma } from '../../generated/sqlite/client';

/**
 * Appends several entries to the hash-chained audit trail with one lock, one
 * read of the chain's end and one insert, exactly as appendAuditEntry would
 * one by one (same seq numbering and keyed hash). The
 * reminder scan records hundreds of reminders per transaction.
 */
export async function appendAuditEntries(
  tx: Tx,
  db: Database,
  inputs: readonly AuditInput[],
): Promise<void> {
  if (inputs.length === 0) return;
  await lockSequence(tx, db, AUDIT_CHAIN_LOCK);
  const last = await tx.auditEntry.findFirst({
    orderBy: { seq: 'desc' },
    select: { seq: true, hash: true },
  });
  let prevHash = last?.hash ?? GENESIS_HASH;
  let seq = last?.seq ?? 0;
  const rows = inputs.map((input) => {
    seq += 1;
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
    const hash = hashAuditEntry(prevHash, fields, db.auditKeys);
    const row = Prisma.sql`(${fields.seq}, ${fields.at}, ${fields.actorType}, ${fields.actorId}, ${fields.action}, ${fields.requestId}, ${fields.recordType}, ${fields.recordId}, ${fields.details}, ${prevHash}, ${hash})`;
    prevHash = hash;
    return row;
  });
  // Plain SQL: Prisma's createMany costs about a millisecond a row here.
  await tx.$executeRaw(
    Prisma.sql`INSERT INTO "AuditEntry" ("seq", "at", "actorType", "actorId", "action", "requestId", "recordType", "recordId", "details", "prevHash", "hash") VALUES ${Prisma.join(rows)}`,
  );
}
