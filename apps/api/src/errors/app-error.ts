import type { ErrorCode, ErrorIssue } from '@oikeus/contracts';

/** The one error type use cases throw; the error middleware turns it into `{ error }`. */
export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    /** Optional person-readable override; otherwise the localised default for the code is used. */
    message?: string,
    readonly details?: ErrorIssue[],
  ) {
    super(message ?? code);
  }
  get hasCustomMessage(): boolean {
    return this.message !== this.code;
  }
}

/** One table from code to HTTP status. */
export const httpStatusOf: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  ILLEGAL_TRANSITION: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
};
