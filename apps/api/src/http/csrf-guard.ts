import type { RequestHandler } from 'express';
import { AppError } from '../errors/app-error';

/** Header the web client sends on every write; a cross-site form or image cannot set it. */
export const CSRF_HEADER = 'x-requested-with';
export const CSRF_HEADER_VALUE = 'oikeus';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The host of an Origin header; null for one that is not a URL ("null", garbage), which never matches. */
function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/**
 * CSRF protection for cookie-authenticated writes: besides SameSite cookies,
 * every unsafe request must carry the custom header (forcing a CORS preflight,
 * which we never grant) and, when the browser sends Origin, come from our origin.
 */
export function csrfGuard(publicUrl: string): RequestHandler {
  const allowed = new URL(publicUrl).origin;
  return (req, _res, next) => {
    if (SAFE.has(req.method)) return next();
    const origin = req.get('origin');
    const sameHost = origin !== undefined && hostOf(origin) === req.get('host');
    if (req.get(CSRF_HEADER) !== CSRF_HEADER_VALUE || (origin && origin !== allowed && !sameHost)) {
      return next(new AppError('FORBIDDEN'));
    }
    next();
  };
}
