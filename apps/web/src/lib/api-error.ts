import type { ErrorCode, ErrorIssue } from '@oikeus/contracts';

/** `NETWORK` is the client's own code: the request never got an answer. */
export type ApiErrorCode = ErrorCode | 'NETWORK';

/**
 * An API failure as the UI uses it. `message` is meant for the person: the
 * server localises it from the `lang` cookie; client-side fallbacks are
 * localised the same way.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: ApiErrorCode;
  readonly status: number;
  /** Field-level problems (`path` is the dotted field path, as from `parseLocalized`). */
  readonly details: ErrorIssue[];
  /** Present on unexpected server errors so support can find the log line. */
  readonly requestId: string | undefined;

  constructor(input: {
    code: ApiErrorCode;
    status: number;
    message: string;
    details?: ErrorIssue[];
    requestId?: string;
  }) {
    super(input.message);
    this.code = input.code;
    this.status = input.status;
    this.details = input.details ?? [];
    this.requestId = input.requestId;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
