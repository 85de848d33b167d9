// Console sessions: a signed cookie (jose, HS256) that names a server-side
// StaffSession row. The row is what makes a session end when it should —
// sign-out, "sign out everywhere", an admin deactivating the member or
// resetting their authenticator, a password change (other sessions), the idle
// timeout and the absolute limit — on the very next request, in every API
// process, because requireStaff reads the row each time (no cache).
import { randomUUID } from 'node:crypto';
import type { CookieOptions, Request, Response } from 'express';
import { jwtVerify, SignJWT } from 'jose';
import type { AppContext } from '../../context';
import type { Db } from '../../db/client';
import type { Tx } from '../../db/transaction';
import { cookiesAreSecure } from '../../http/cookie-security';

export const STAFF_SESSION_COOKIE = 'oikeus_staff';
export const STAFF_ENROLMENT_COOKIE = 'oikeus_staff_enrol';

/** Audience pinned so a subject (portal) token can never open the console. */
export const STAFF_AUDIENCE = 'oikeus-console';
const ENROLMENT_AUDIENCE = 'oikeus-console-enrolment';
const ALGORITHM = 'HS256';
/** Absolute limit of a console session, whatever its activity. */
export const STAFF_SESSION_HOURS = 8;
const ENROLMENT_MINUTES = 15;
/**
 * lastSeenAt moves forward at most this often, so a busy session writes once a
 * minute rather than on every request; the idle timeout is therefore exact to
 * within this interval (a session may live up to one minute past it, never less).
 */
export const STAFF_SESSION_TOUCH_MS = 60_000;

function cookieOptions(ctx: AppContext, maxAgeMs: number): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'strict',
    // Secure except when the portal is served from localhost (development).
    secure: cookiesAreSecure(ctx.env.PUBLIC_URL),
    path: '/api',
    maxAge: maxAgeMs,
  };
}

async function sign(
  ctx: AppContext,
  staffId: string,
  audience: string,
  ttlSeconds: number,
  sessionId?: string,
): Promise<{ token: string; expiresAt: Date }> {
  const nowSeconds = Math.floor(ctx.clock.now().getTime() / 1000);
  const token = await new SignJWT(sessionId ? { sid: sessionId } : {})
    .setProtectedHeader({ alg: ALGORITHM })
    .setSubject(staffId)
    .setAudience(audience)
    .setIssuedAt(nowSeconds)
    .setExpirationTime(nowSeconds + ttlSeconds)
    .sign(ctx.secret);
  return { token, expiresAt: new Date((nowSeconds + ttlSeconds) * 1000) };
}

export interface StaffTokenClaims {
  staffId: string;
  /** The StaffSession row; empty for enrolment tokens, which have none. */
  sessionId: string;
  issuedAt: Date;
  expiresAt: Date;
}

async function verifyToken(
  ctx: AppContext,
  token: string,
  audience: string,
): Promise<StaffTokenClaims | null> {
  try {
    const { payload } = await jwtVerify(token, ctx.secret, {
      audience,
      algorithms: [ALGORITHM],
      currentDate: ctx.clock.now(),
      requiredClaims: ['sub', 'iat', 'exp'],
    });
    if (
      typeof payload.sub !== 'string' ||
      typeof payload.iat !== 'number' ||
      typeof payload.exp !== 'number'
    )
      return null;
    return {
      staffId: payload.sub,
      sessionId: typeof payload.sid === 'string' ? payload.sid : '',
      issuedAt: new Date(payload.iat * 1000),
      expiresAt: new Date(payload.exp * 1000),
    };
  } catch {
    return null;
  }
}

/**
 * Starts a console session for `staffId`: stores the StaffSession row, then
 * sets the 8-hour cookie that names it. Used by sign-in, enrolment and the
 * end-to-end suite's test-only route. Returns the absolute expiry.
 */
export async function setStaffSession(
  ctx: AppContext,
  res: Response,
  staffId: string,
  options: { userAgent?: string | undefined } = {},
): Promise<Date> {
  const ttl = STAFF_SESSION_HOURS * 3600;
  const now = ctx.clock.now();
  const sessionId = randomUUID();
  const { token, expiresAt } = await sign(ctx, staffId, STAFF_AUDIENCE, ttl, sessionId);
  // Sessions past their absolute expiry are of no use to anyone: removed as
  // the next one starts, so the table holds only this person's live ones.
  await ctx.db.prisma.staffSession.deleteMany({
    where: { staffUserId: staffId, expiresAt: { lte: now } },
  });
  await ctx.db.prisma.staffSession.create({
    data: {
      id: sessionId,
      staffUserId: staffId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      userAgent: (options.userAgent ?? '').slice(0, 200),
    },
  });
  res.cookie(STAFF_SESSION_COOKIE, token, cookieOptions(ctx, ttl * 1000));
  res.clearCookie(STAFF_ENROLMENT_COOKIE, { ...cookieOptions(ctx, 0), maxAge: undefined });
  return expiresAt;
}

export function clearStaffCookies(ctx: AppContext, res: Response): void {
  const options = { ...cookieOptions(ctx, 0), maxAge: undefined };
  res.clearCookie(STAFF_SESSION_COOKIE, options);
  res.clearCookie(STAFF_ENROLMENT_COOKIE, options);
}

/** A short-lived cookie that only lets the holder finish TOTP enrolment. */
export async function setEnrolmentSession(
  ctx: AppContext,
  res: Response,
  staffId: string,
): Promise<void> {
  const ttl = ENROLMENT_MINUTES * 60;
  const { token } = await sign(ctx, staffId, ENROLMENT_AUDIENCE, ttl);
  res.cookie(STAFF_ENROLMENT_COOKIE, token, cookieOptions(ctx, ttl * 1000));
}

/** The claims of the console cookie if its signature and expiry hold; the row is not checked here. */
export async function readStaffSession(
  ctx: AppContext,
  req: Request,
): Promise<StaffTokenClaims | null> {
  const token: unknown = req.cookies?.[STAFF_SESSION_COOKIE];
  if (typeof token !== 'string') return null;
  const claims = await verifyToken(ctx, token, STAFF_AUDIENCE);
  return claims && claims.sessionId !== '' ? claims : null;
}

export function readEnrolmentSession(ctx: AppContext, req: Request) {
  const token: unknown = req.cookies?.[STAFF_ENROLMENT_COOKIE];
  return typeof token === 'string'
    ? verifyToken(ctx, token, ENROLMENT_AUDIENCE)
    : Promise.resolve(null);
}

/** The instant before which a session counts as idle (STAFF_IDLE_TIMEOUT_MINUTES). */
export function idleCutoff(ctx: AppContext, now: Date): Date {
  return new Date(now.getTime() - ctx.env.STAFF_IDLE_TIMEOUT_MINUTES * 60_000);
}

/** Conditions a StaffSession row must meet to be usable at `now`. */
export function liveStaffSessionWhere(ctx: AppContext, now: Date) {
  return {
    revokedAt: null,
    expiresAt: { gt: now },
    lastSeenAt: { gt: idleCutoff(ctx, now) },
  };
}

/**
 * Records activity on a session, at most once per STAFF_SESSION_TOUCH_MS: the
 * condition makes it a no-op (no row written) for the other requests.
 */
export async function touchStaffSession(
  ctx: AppContext,
  sessionId: string,
  now: Date,
): Promise<void> {
  await ctx.db.prisma.staffSession.updateMany({
    where: {
      id: sessionId,
      revokedAt: null,
      lastSeenAt: { lte: new Date(now.getTime() - STAFF_SESSION_TOUCH_MS) },
    },
    data: { lastSeenAt: now },
  });
}

/**
 * Ends sessions of one staff member at once (sign out everywhere, deactivation,
 * authenticator reset, password change). `exceptSessionId` keeps the caller's own.
 * Accepts a transaction client so it commits with the change that caused it.
 */
export async function revokeStaffSessions(
  db: Tx | Db,
  staffId: string,
  now: Date,
  exceptSessionId?: string,
): Promise<number> {
  const { count } = await db.staffSession.updateMany({
    where: {
      staffUserId: staffId,
      revokedAt: null,
      expiresAt: { gt: now },
      ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}),
    },
    data: { revokedAt: now },
  });
  return count;
}
