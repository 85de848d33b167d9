import { randomUUID } from 'node:crypto';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { errorMessages, type ErrorBody, type ErrorCode } from '@oikeus/contracts';
import { isDatabaseUnavailable } from '../db/database-unavailable';
import { AppError, httpStatusOf } from '../errors/app-error';
import { localiseError } from '../errors/localise-error';
import { localeOf } from './locale';

/** Errors thrown by body-parser and friends carry a `type` and HTTP status. */
function fromFrameworkError(err: unknown): AppError | null {
  if (typeof err !== 'object' || err === null) return null;
  const e = err as { type?: string; status?: number; code?: string };
  if (e.type === 'entity.too.large' || e.code === 'LIMIT_FILE_SIZE')
    return new AppError('PAYLOAD_TOO_LARGE');
  if (
    e.type === 'entity.parse.failed' ||
    e.type === 'encoding.unsupported' ||
    e.type === 'charset.unsupported'
  ) {
    return new AppError('VALIDATION_FAILED');
  }
  if (e.type === 'entity.verify.failed') return new AppError('VALIDATION_FAILED');
  if (
    e.code === 'LIMIT_UNEXPECTED_FILE' ||
    e.code === 'LIMIT_FILE_COUNT' ||
    e.code === 'LIMIT_FIELD_VALUE'
  ) {
    return new AppError('VALIDATION_FAILED');
  }
  if (e.status === 415) return new AppError('UNSUPPORTED_MEDIA_TYPE');
  // The database restarting or out of reach: 503, try again (not a bug, so no 500).
  if (isDatabaseUnavailable(err)) return new AppError('UNAVAILABLE');
  // The router could not percent-decode a path parameter ("/api/requests/%E0"):
  // no resource has such an id.
  if (err instanceof URIError && e.status === 400) return new AppError('NOT_FOUND');
  // Any other client error raised by Express or a body parser (http-errors sets
  // `expose` on those safe to report) is about the caller's input, not our failure.
  const exposed = (err as { expose?: unknown }).expose === true;
  if (exposed && e.status !== undefined && e.status >= 400 && e.status < 500)
    return new AppError('VALIDATION_FAILED');
  return null;
}

/**
 * The one error middleware: `{ error: { code, message, details } }` in the
 * caller's language (reason keys translated here), never a stack or personal data.
 */
export function errorMiddleware(logger: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const known = err instanceof AppError ? err : fromFrameworkError(err);
    const locale = localeOf(req);
    let code: ErrorCode;
    let body: ErrorBody;
    if (known) {
      code = known.code;
      body = { error: localiseError(known, locale) };
    } else {
      code = 'INTERNAL';
      const requestId = randomUUID();
      logger.error({ err, requestId, method: req.method, path: req.path }, 'unhandled error');
      body = { error: { code, message: errorMessages.INTERNAL[locale], requestId } };
    }
    if (res.headersSent) return;
    res.status(httpStatusOf[code]).json(body);
  };
}

export const notFoundHandler: RequestHandler = () => {
  throw new AppError('NOT_FOUND');
};
