// "The law at the door": checks every import and sync write passes before it
// touches a register (issue #25).
import type { AppContext } from '../../context';
import type { Tx } from '../../db/transaction';
import type { RecordType } from '../../generated/sqlite/client';
import { externalIdHashes } from '../../registers/erasure-tombstones';
import { channelsStopping, suppressionHashes } from '../../registers/suppression-hash';

/** The externalIds among `externalIds` that belong to erased records. */
export async function findErasedExternalIds(
  tx: Tx,
  ctx: Pick<AppContext, 'suppressionKeys'>,
  recordType: RecordType,
  externalIds: string[],
): Promise<Set<string>> {
  if (externalIds.length === 0) return new Set();
  const byHash = new Map(
    externalIds.flatMap((id) =>
      externalIdHashes(ctx, recordType, id).map((hash): [string, string] => [hash, id]),
    ),
  );
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
 * True when the email or phone is on the suppression list for the channel:
 * the person was erased from marketing or objected to it (on that channel or
 * on every one), and a new permission may not be recorded from a sync or file
 * (Art. 17, 21(3): the objection is absolute).
 */
export async function isSuppressed(
  tx: Tx,
  ctx: Pick<AppContext, 'suppressionKeys'>,
  contact: { email: string | null; phone: string | null },
  channel: 'email' | 'sms' | 'phone' | 'post',
): Promise<boolean> {
  // Every key still honoured after a rotation (SUPPRESSION_KEY_PREVIOUS).
  const hashes = [
    ...(contact.email ? suppressionHashes(ctx, 'email', contact.email) : []),
    ...(contact.phone ? suppressionHashes(ctx, 'phone', contact.phone) : []),
  ];
  if (hashes.length === 0) return false;
  const count = await tx.marketingSuppression.count({
    where: { valueHash: { in: hashes }, channel: { in: channelsStopping(channel) } },
  });
  return count > 0;
}
