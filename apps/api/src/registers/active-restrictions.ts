import type { Db } from '../db/client';
import type { Tx } from '../db/transaction';

/** Record ids (by type) that carry an active restriction or legal hold (GDPR Art. 18, 17(3)(b)). */
export async function findRestrictedIds(
  db: Db | Tx,
  recordType: 'customer' | 'service_order' | 'invoice' | 'marketing_contact',
  recordIds: string[],
): Promise<Set<string>> {
  if (recordIds.length === 0) return new Set();
  const rows = await db.restriction.findMany({
    where: { recordType, recordId: { in: recordIds }, liftedAt: null },
    select: { recordId: true },
  });
  return new Set(rows.map((r) => r.recordId));
}
