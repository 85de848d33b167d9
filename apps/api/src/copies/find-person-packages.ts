import type { Db } from '../db/client';
import type { Tx } from '../db/transaction';

/**
 * The requests whose stored packages hold a copy of this person's data: every
 * request of the same portal account, and every request that confirmed one of
 * the same register records (a person may have asked from another account).
 * An erasure destroys their packages too, or the copy outlives the original
 * (GDPR Art. 17(1)).
 */
export async function findPersonPackageRequests(
  db: Db | Tx,
  input: { requestId: string; customerIds: readonly string[]; contactIds: readonly string[] },
): Promise<{ requestIds: string[]; livePackages: number }> {
  const request = await db.rightsRequest.findUnique({
    where: { id: input.requestId },
    select: { accountId: true },
  });
  if (!request) return { requestIds: [], livePackages: 0 };
  const linked = await db.requestRecordLink.findMany({
    where: {
      OR: [
        { recordType: 'customer', recordId: { in: [...input.customerIds] } },
        { recordType: 'marketing_contact', recordId: { in: [...input.contactIds] } },
      ],
    },
    select: { requestId: true },
  });
  const own = await db.rightsRequest.findMany({
    where: { accountId: request.accountId },
    select: { id: true },
  });
  const requestIds = [...new Set([...own.map((r) => r.id), ...linked.map((l) => l.requestId)])];
  const livePackages = await db.export.count({
    where: { requestId: { in: requestIds }, status: { in: ['compiling', 'ready', 'released'] } },
  });
  return { requestIds, livePackages };
}
