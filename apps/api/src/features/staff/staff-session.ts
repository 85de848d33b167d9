import type { CookieOptions, Request, Response } from 'express';
import { jwtVerify, SignJWT } from 'jose';
import type { AppContext } from '../../context';
import { cookiesAreSecure } from '../../http/cookie-security';

export const STAFF_SESSION_COOKIE = 'oikeus_staff';
export const STAFF_ENROLMENT_COOKIE = 'oikeus_staff_enrol';

/** Audience pinned so a subject (portal) token can never open the console. */
export const STAFF_AUDIENCE = 'oikeus-console';
const ENROLMENT_AUDIENCE = 'oikeus-console-enrolment';
const ALGORITHM = 'HS256';
export const STAFF_SESSION_HOURS = 8;
const ENROLMENT_MINUTES = 15;

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
): Promise<{ token: string; expiresAt: Date }> {
  const nowSeconds = Math.floor(ctx.clock.now().getTime() / 1000);
  const token = await new SignJWT({})
    .setProtectedHeader({ alg: ALGORITHM })
    .setSubject(staffId)
    .setAudience(audience)
    .setIssuedAt(nowSeconds)
    .setExpirationTime(nowSeconds + ttlSeconds)
    .sign(ctx.secret);
  return { token, expiresAt: new Date((nowSeconds + ttlSeconds) * 1000) };
}

async function verifyToken(
  ctx: AppContext,
  token: string,
  audience: string,
): Promise<{ staffId: string; issuedAt: Date; expiresAt: Date } | null> {
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
      issuedAt: new Date(payload.iat * 1000),
      expiresAt: new Date(payload.exp * 1000),
    };
  } catch {
    return null;
  }
}

/** Issues the 8-hour console session cookie. */
export async function setStaffSession(
  ctx: AppContext,
  res: Response,
  staffId: string,
): Promise<Date> {
  const ttl = STAFF_SESSION_HOURS * 3600;
  const { token, expiresAt } = await sign(ctx, staffId, STAFF_AUDIENCE, ttl);
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

export function readStaffSession(ctx: AppContext, req: Request) {
  const token: unknown = req.cookies?.[STAFF_SESSION_COOKIE];
  return typeof token === 'string'
    ? verifyToken(ctx, token, STAFF_AUDIENCE)
    : Promise.resolve(null);
}

export function readEnrolmentSession(ctx: AppContext, req: Request) {
  const token: unknown = req.cookies?.[STAFF_ENROLMENT_COOKIE];
  return typeof token === 'string'
    ? verifyToken(ctx, token, ENROLMENT_AUDIENCE)
    : Promise.resolve(null);
}

/**
 * A token is valid only if issued at or after `sessionsValidFrom` (to the
 * second, the JWT `iat` precision): deactivation, TOTP reset and password
 * change move that instant and so end older sessions.
 */
export function isIssuedAfter(issuedAt: Date, sessionsValidFrom: Date): boolean {
  return issuedAt.getTime() >= Math.floor(sessionsValidFrom.getTime() / 1000) * 1000;
}
