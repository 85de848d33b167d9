import type { ReleaseGap } from '@oikeus/contracts';
import type { Db } from '../../db/client';
import type { Tx } from '../../db/transaction';

/**
 * What a request lacks before its package may go out without an override:
 * a recorded identity check and at least one confirmed register record.
 */
export async function findReleaseGaps(db: Db | Tx, requestId: string): Promise<ReleaseGap[]> {
  const row = await db.rightsRequest.findUniqueOrThrow({
    where: { id: requestId },
    select: { identityVerifiedAt: true, _count: { select: { recordLinks: true } } },
  });
  const gaps: ReleaseGap[] = [];
  if (row.identityVerifiedAt === null) gaps.push('identity_check');
  if (row._count.recordLinks === 0) gaps.push('confirmed_records');
  return gaps;
}
