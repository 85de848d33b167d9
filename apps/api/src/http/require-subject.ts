import type { RequestHandler, Response } from 'express';
import { isLocale, type Locale } from '@oikeus/contracts';
import type { AppContext } from '../context';
import { AppError } from '../errors/app-error';
import { clearSubjectSessionCookie, SUBJECT_SESSION_COOKIE } from './session-cookie';
import { verifySubjectSessionToken } from './session-token';

export interface SubjectSession {
  accountId: string;
  email: string;
  locale: Locale;
}

/**
 * Lets a request through only with a valid subject session: signed by us,
 * unexpired on the injected clock, and issued at or after the account's
 * `sessionsValidFrom` (so "sign out everywhere" ends every older token).
 * Sets `res.locals.subject`; read it with `subjectOf(res)`.
 */
export function requireSubject(ctx: AppContext): RequestHandler {
  return async (req, res, next) => {
    const token: unknown = req.cookies?.[SUBJECT_SESSION_COOKIE];
    if (typeof token !== 'string' || token === '') throw new AppError('UNAUTHENTICATED');
    const claims = await verifySubjectSessionToken(ctx, token);
    const account = claims
      ? await ctx.db.prisma.account.findUnique({
          where: { id: claims.accountId },
          select: { id: true, email: true, locale: true, sessionsValidFrom: true },
        })
      : null;
    if (!claims || !account || claims.issuedAt < account.sessionsValidFrom) {
      clearSubjectSessionCookie(res, ctx);
      throw new AppError('UNAUTHENTICATED');
    }
    const subject: SubjectSession = {
      accountId: account.id,
      email: account.email,
      locale: isLocale(account.locale) ? account.locale : 'fi',
    };
    res.locals.subject = subject;
    next();
  };
}

/** The signed-in subject set by `requireSubject`; throws if the route forgot the middleware. */
export function subjectOf(res: Response): SubjectSession {
  const subject = res.locals.subject as SubjectSession | undefined;
  if (!subject) throw new AppError('UNAUTHENTICATED');
  return subject;
}
