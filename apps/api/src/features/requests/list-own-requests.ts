import type { SubjectRequestSummary } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { subjectRequestSelect, toSubjectRequestSummary } from './to-subject-request';

/** The subject's own requests, newest first; the account id is in the query itself. */
export async function listOwnRequests(
  ctx: AppContext,
  accountId: string,
): Promise<SubjectRequestSummary[]> {
  const rows = await ctx.db.prisma.rightsRequest.findMany({
    where: { accountId },
    orderBy: [{ receivedAt: 'desc' }, { createdAt: 'desc' }],
    take: 500,
    select: subjectRequestSelect,
  });
  return rows.map((row) => toSubjectRequestSummary(ctx, row));
}
