import type { ErrorCode, ErrorIssue } from '@oikeus/contracts';
import type { Reason, ReasonKey, ReasonParams } from './reasons';

/**
 * A field the error is about: a reason from the catalogue, translated by the
 * error middleware, or — for zod's own messages only — text already in the
 * caller's language because the input was parsed in it (src/http/validate.ts).
 */
export type ErrorDetail = { path: string } & (Reason | Pick<ErrorIssue, 'message'>);

/** What follows the reason: its parameters when its texts take some, then the details. */
type ReasonArgs<K extends ReasonKey | undefined> = K extends ReasonKey
  ? ReasonParams<K> extends undefined
    ? [params?: undefined, details?: ErrorDetail[]]
    : [params: ReasonParams<K>, details?: ErrorDetail[]]
  : [params?: undefined, details?: ErrorDetail[]];

type ParamsArg<K extends ReasonKey> = ReasonParams<K> extends undefined ? [] : [ReasonParams<K>];

/**
 * The one error type use cases throw: a code (the HTTP status) and, when the
 * code's default text is not enough, a reason key with its parameters. The
 * error middleware turns it into `{ error }` in the caller's language.
 */
export class AppError<K extends ReasonKey | undefined = undefined> extends Error {
  override name = 'AppError';
  // `K` only checks the arguments; every AppError reads alike.
  readonly reason: ReasonKey | undefined;
  readonly params: unknown;
  readonly details: ErrorDetail[] | undefined;
  constructor(
    readonly code: ErrorCode,
    reason?: K,
    ...[params, details]: ReasonArgs<K>
  ) {
    // Logs and the CLI see the key; people see the translated text.
    super(reason ?? code);
    this.reason = reason;
    this.params = params;
    this.details = details;
  }
}

/** A 400 about one field: the reason is both the message and the field's detail. */
export function fieldError<K extends ReasonKey>(
  path: string,
  reason: K,
  ...[params]: ParamsArg<K>
): AppError<K> {
  // `params` were checked against `reason` in this function's own signature;
  // the compiler cannot follow a conditional type over a generic key.
  const args = [params, [{ path, reason, params } as ErrorDetail]] as unknown as ReasonArgs<K>;
  return new AppError('VALIDATION_FAILED', reason, ...args);
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
