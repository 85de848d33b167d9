import type { ReportFilterQuery, ReportFilters, StaffRef } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { fieldError } from '../../errors/app-error';
import type { StaffPrincipal } from '../staff/require-staff';
import type { ReportScope } from './report-scope';

/** Who is asking: a staff member (their role limits the scope) or the operator's CLI (everything). */
export type ReportViewer = Pick<StaffPrincipal, 'id' | 'role'> | { role: 'operator' };

/**
 * Applies the role to the filters. Admins and auditors may count every
 * request or one handler's; a handler always counts only the requests
 * assigned to them, whatever the query names (Art. 5(1)(f), 32: staff see
 * what their work needs). Returns the scope and the filters as the answer
 * echoes them.
 */
export async function resolveReportScope(
  ctx: Pick<AppContext, 'db'>,
  viewer: ReportViewer,
  query: Pick<ReportFilterQuery, 'type' | 'register' | 'channel' | 'handler'>,
): Promise<{ scope: ReportScope; filters: ReportFilters }> {
  const handlerId = viewer.role === 'handler' ? viewer.id : (query.handler ?? null);
  let handler: StaffRef | null = null;
  if (handlerId !== null) {
    handler = await ctx.db.prisma.staffUser.findUnique({
      where: { id: handlerId },
      select: { id: true, name: true, email: true },
    });
    if (!handler) {
      throw fieldError('handler', 'console.reportHandlerUnknown');
    }
  }
  const types = [...new Set(query.type ?? [])];
  const channels = [...new Set(query.channel ?? [])];
  return {
    scope: { types, register: query.register ?? null, channels, handlerId },
    filters: { type: types, register: query.register ?? null, channel: channels, handler },
  };
}
