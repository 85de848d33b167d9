import type { CookieOptions, Response } from 'express';
import type { AppContext } from '../context';
import { cookiesAreSecure } from './cookie-security';
import { SUBJECT_SESSION_TTL_SECONDS } from './session-token';

export const SUBJECT_SESSION_COOKIE = 'oikeus_session';

/**
 * httpOnly so scripts never see the token; Secure except when the portal is
 * served from localhost (cookie-security.ts). SameSite=Lax rather than Strict: every write already
 * needs the `x-requested-with` header (csrf-guard.ts) and Lax never sends the
 * cookie on a cross-site POST, while Strict would drop it on the first
 * top-level GET arriving from a mail client or webmail — for example a
 * download link in an email (exports) would answer "sign in" although the
 * person is signed in. Strict buys nothing extra here and breaks that.
 */
export function subjectSessionCookieOptions(ctx: Pick<AppContext, 'env'>): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'lax',
    secure: cookiesAreSecure(ctx.env.PUBLIC_URL),
    path: '/',
  };
}

export function setSubjectSessionCookie(
  res: Response,
  ctx: Pick<AppContext, 'env'>,
  token: string,
): void {
  res.cookie(SUBJECT_SESSION_COOKIE, token, {
    ...subjectSessionCookieOptions(ctx),
    maxAge: SUBJECT_SESSION_TTL_SECONDS * 1000,
  });
}

export function clearSubjectSessionCookie(res: Response, ctx: Pick<AppContext, 'env'>): void {
  res.clearCookie(SUBJECT_SESSION_COOKIE, subjectSessionCookieOptions(ctx));
}
