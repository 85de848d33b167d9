import type { RequestHandler, Response } from 'express';
import type { StaffRole } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { AppError } from '../../errors/app-error';
import { isIssuedAfter, readStaffSession } from './staff-session';

export interface StaffPrincipal {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
}

/**
 * Staff authentication and role check. Without roles any active staff user
 * passes (use for reads: auditors read everything); with roles only those.
 * The role is read from the database on every request, so a role change or
 * deactivation takes effect at once.
 */
export function requireStaff(ctx: AppContext, ...roles: StaffRole[]): RequestHandler {
  return async (req, res, next) => {
    const session = await readStaffSession(ctx, req);
    if (!session) throw new AppError('UNAUTHENTICATED');
    const staff = await ctx.db.prisma.staffUser.findFirst({
      where: { id: session.staffId, isActive: true, totpEnabledAt: { not: null } },
      select: { id: true, email: true, name: true, role: true, sessionsValidFrom: true },
    });
    if (!staff || !isIssuedAfter(session.issuedAt, staff.sessionsValidFrom))
      throw new AppError('UNAUTHENTICATED');
    if (roles.length > 0 && !roles.includes(staff.role)) throw new AppError('FORBIDDEN');
    const principal: StaffPrincipal = {
      id: staff.id,
      email: staff.email,
      name: staff.name,
      role: staff.role,
    };
    res.locals.staff = principal;
    res.locals.staffSessionExpiresAt = session.expiresAt;
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

/** Roles that may write on requests and registers (auditors only read). */
export const WRITER_ROLES: StaffRole[] = ['handler', 'admin'];
