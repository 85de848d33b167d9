import type { RequestHandler, Response } from 'express';
import type { StaffRole } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { AppError } from '../../errors/app-error';
import { liveStaffSessionWhere, readStaffSession, touchStaffSession } from './staff-session';

export interface StaffPrincipal {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
}

/**
 * Staff authentication and role check. Without roles any active staff user
 * passes (use for reads: auditors read everything); with roles only those.
 *
 * One indexed read per request, no cache: the staff user by primary key, with
 * the session row (primary key) as a condition in the same statement — not
 * revoked, before its absolute expiry, used within the idle timeout. So a
 * role change, deactivation or revoked session takes effect on the next
 * request in every API process. A second, conditional write moves the
 * session's lastSeenAt at most once a minute (a no-op otherwise).
 */
export function requireStaff(ctx: AppContext, ...roles: StaffRole[]): RequestHandler {
  return async (req, res, next) => {
    const session = await readStaffSession(ctx, req);
    if (!session) throw new AppError('UNAUTHENTICATED');
    const now = ctx.clock.now();
    const staff = await ctx.db.prisma.staffUser.findFirst({
      where: {
        id: session.staffId,
        isActive: true,
        totpEnabledAt: { not: null },
        sessions: { some: { id: session.sessionId, ...liveStaffSessionWhere(ctx, now) } },
      },
      select: { id: true, email: true, name: true, role: true },
    });
    if (!staff) throw new AppError('UNAUTHENTICATED');
    if (roles.length > 0 && !roles.includes(staff.role)) throw new AppError('FORBIDDEN');
    await touchStaffSession(ctx, session.sessionId, now);
    const principal: StaffPrincipal = {
      id: staff.id,
      email: staff.email,
      name: staff.name,
      role: staff.role,
    };
    res.locals.staff = principal;
    res.locals.staffSessionExpiresAt = session.expiresAt;
    res.locals.staffSessionId = session.sessionId;
    next();
  };
}

/** The staff user `requireStaff` put on the response. */
export function staffOf(res: Response): StaffPrincipal {
  const staff = res.locals.staff as StaffPrincipal | undefined;
  if (!staff) throw new AppError('UNAUTHENTICATED');
  return staff;
}

/** When the current staff session token expires. */
export function staffSessionExpiryOf(res: Response): Date {
  const expiresAt = res.locals.staffSessionExpiresAt as Date | undefined;
  if (!expiresAt) throw new AppError('UNAUTHENTICATED');
  return expiresAt;
}

/** The StaffSession id of the current request (set by `requireStaff`). */
export function staffSessionIdOf(res: Response): string {
  const id = res.locals.staffSessionId as string | undefined;
  if (!id) throw new AppError('UNAUTHENTICATED');
  return id;
}

/** Roles that may write on requests and registers (auditors only read). */
export const WRITER_ROLES: StaffRole[] = ['handler', 'admin'];
