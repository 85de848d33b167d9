import type { StaffRef } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import type { ReportViewer } from './resolve-report-scope';

/**
 * The staff the handler filter can name: those who work requests (handlers
 * and admins) and anyone who still has requests assigned. A handler sees only
 * their own figures, so only themselves.
 */
export async function listHandlerOptions(
  ctx: Pick<AppContext, 'db'>,
  viewer: ReportViewer,
): Promise<StaffRef[]> {
  return ctx.db.prisma.staffUser.findMany({
    where:
      viewer.role === 'handler'
        ? { id: viewer.id }
        : { OR: [{ role: { in: ['handler', 'admin'] } }, { assigned: { some: {} } }] },
    select: { id: true, name: true, email: true },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
}
