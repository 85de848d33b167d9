import type { RequestHandler } from 'express';
import { AppError } from '../errors/app-error';

/** Header the web client sends on every write; a cross-site form or image cannot set it. */
export const CSRF_HEADER = 'x-requested-with';
export const CSRF_HEADER_VALUE = 'oikeus';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF protection for cookie-authenticated writes: besides SameSite cookies,
 * every unsafe request must carry the custom header (forcing a CORS preflight,
 * which we never grant) and, when the browser sends Origin, come from
 * PUBLIC_URL's origin — exactly. The request's own Host header is not trusted
 * for this (issue #20): it is chosen by the client, and behind a proxy that
 * passes Host through, a page on another name served by the same proxy (or a
 * DNS-rebinding name) would otherwise count as "same origin".
 */
export function csrfGuard(publicUrl: string): RequestHandler {
  const allowed = new URL(publicUrl).origin;
  return (req, _res, next) => {
    if (SAFE.has(req.method)) return next();
    const origin = req.get('origin');
    if (req.get(CSRF_HEADER) !== CSRF_HEADER_VALUE || (origin && origin !== allowed)) {
      return next(new AppError('FORBIDDEN'));
    }
    next();
  };
}
