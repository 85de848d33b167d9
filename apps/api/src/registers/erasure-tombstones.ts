// Tombstones of erased records' externalIds, shared by the erasure (which
// writes them) and the register import and sync (which check them).
import { createHmac } from 'node:crypto';
import type { AppContext } from '../context';
import type { Tx } from '../db/transaction';
import type { RecordType } from '../generated/sqlite/client';

/**
 * Keyed hash of an erased record's externalId: the tombstone stops a nightly
 * sync from recreating what an erasure removed (Art. 17) without keeping the
 * controller's identifier itself (Art. 5(1)(c)).
 */
function hashWith(key: Uint8Array, recordType: RecordType, externalId: string): string {
  return createHmac('sha256', key).update(`${recordType}:${externalId}`).digest('hex');
}

/**
 * Under the suppression list's own long-lived key, never SESSION_SECRET: rotating
 * the session secret must not let a sync recreate an erased record.
 */
export function externalIdHash(
  ctx: Pick<AppContext, 'suppressionKeys'>,
  recordType: RecordType,
  externalId: string,
): string {
  return hashWith(ctx.suppressionKeys.current, recordType, externalId);
}

/** The hashes under the current and every previous key (SUPPRESSION_KEY_PREVIOUS). */
export function externalIdHashes(
  ctx: Pick<AppContext, 'suppressionKeys'>,
  recordType: RecordType,
  externalId: string,
): string[] {
  const { current, previous } = ctx.suppressionKeys;
  return [current, ...previous].map((key) => hashWith(key, recordType, externalId));
}

/** Writes tombstones for erased records that came with an externalId (called by the erasure). */
export async function recordErasureTombstones(
  tx: Tx,
  ctx: Pick<AppContext, 'suppressionKeys'>,
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
