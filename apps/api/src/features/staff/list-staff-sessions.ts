import type { StaffSessionList } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { liveStaffSessionWhere } from './staff-session';

/** The staff member's own live console sessions, newest activity first, the current one marked. */
export async function listStaffSessions(
  ctx: AppContext,
  input: { staffId: string; currentSessionId: string },
): Promise<StaffSessionList> {
  const now = ctx.clock.now();
  const rows = await ctx.db.prisma.staffSession.findMany({
    where: { staffUserId: input.staffId, ...liveStaffSessionWhere(ctx, now) },
    orderBy: [{ lastSeenAt: 'desc' }, { id: 'asc' }],
    take: 100,
    select: { id: true, createdAt: true, lastSeenAt: true, expiresAt: true, userAgent: true },
  });
  return {
    items: rows.map((row) => ({
      id: row.id,
      createdAt: row.createdAt.toISOString(),
      lastSeenAt: row.lastSeenAt.toISOString(),
      expiresAt: row.expiresAt.toISOString(),
      userAgent: row.userAgent,
      isCurrent: row.id === input.currentSessionId,
    })),
    idleTimeoutMinutes: ctx.env.STAFF_IDLE_TIMEOUT_MINUTES,
  };
}
