// "The law at the door": checks every import and sync write passes before it
// touches a register (issue #25).
import { createHmac } from 'node:crypto';
import type { AppContext } from '../../context';
import type { Tx } from '../../db/transaction';
import type { RecordType } from '../../generated/sqlite/client';
import { suppressionHashes } from '../../registers/suppression-hash';

/**
 * Keyed hash of an erased record's externalId: the tombstone stops a nightly
 * sync from recreating what an erasure removed (Art. 17) without keeping the
 * controller's identifier itself (Art. 5(1)(c)).
 */
export function externalIdHash(
  ctx: Pick<AppContext, 'secret'>,
  recordType: RecordType,
  externalId: string,
): string {
  return createHmac('sha256', ctx.secret).update(`${recordType}:${externalId}`).digest('hex');
}

/** The externalIds among `externalIds` that belong to erased records. */
export async function findErasedExternalIds(
  tx: Tx,
  ctx: Pick<AppContext, 'secret'>,
  recordType: RecordType,
  externalIds: string[],
): Promise<Set<string>> {
  if (externalIds.length === 0) return new Set();
  const byHash = new Map(externalIds.map((id) => [externalIdHash(ctx, recordType, id), id]));
  const rows = await tx.erasedRecordTombstone.findMany({
    where: { recordType, externalIdHash: { in: [...byHash.keys()] } },
    select: { externalIdHash: true },
  });
  return new Set(rows.map((r) => byHash.get(r.externalIdHash) as string));
}

/** Ids among `ids` under an active Art. 18 restriction or legal hold (Art. 18(2): stored only). */
export async function findRestrictedIds(
  tx: Tx,
  recordType: RecordType,
  ids: string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx.restriction.findMany({
    where: { recordType, recordId: { in: ids }, liftedAt: null },
    select: { recordId: true },
  });
  return new Set(rows.map((r) => r.recordId));
}

/**
 * True when the email or phone is on the suppression list: the person was
 * erased from marketing or objected to it, and a new permission may not be
 * recorded from a sync or file (Art. 17, 21(3): the objection is absolute).
 */
export async function isSuppressed(
  tx: Tx,
  ctx: Pick<AppContext, 'suppressionKeys'>,
  contact: { email: string | null; phone: string | null },
): Promise<boolean> {
  // Every key still honoured after a rotation (SUPPRESSION_KEY_PREVIOUS).
  const hashes = [
    ...(contact.email ? suppressionHashes(ctx, 'email', contact.email) : []),
    ...(contact.phone ? suppressionHashes(ctx, 'phone', contact.phone) : []),
  ];
  if (hashes.length === 0) return false;
  return (await tx.marketingSuppression.count({ where: { valueHash: { in: hashes } } })) > 0;
}

/** Writes tombstones for erased records that came with an externalId (called by the erasure). */
export async function recordErasureTombstones(
  tx: Tx,
  ctx: Pick<AppContext, 'secret'>,
  input: {
    records: Array<{ recordType: RecordType; externalId: string | null }>;
    requestId: string;
    at: Date;
  },
): Promise<number> {
  let written = 0;
  for (const record of input.records) {
    if (!record.externalId) continue;
    const hash = externalIdHash(ctx, record.recordType, record.externalId);
    await tx.erasedRecordTombstone.upsert({
      where: { recordType_externalIdHash: { recordType: record.recordType, externalIdHash: hash } },
      create: {
        recordType: record.recordType,
        externalIdHash: hash,
        requestId: input.requestId,
        erasedAt: input.at,
      },
      update: {},
    });
    written += 1;
  }
  return written;
}
