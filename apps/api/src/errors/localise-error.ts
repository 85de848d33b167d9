import { errorMessages, type ErrorBody, type ErrorIssue, type Locale } from '@oikeus/contracts';
import type { AppError, ErrorDetail } from './app-error';
import { reasonText } from './reasons';

function localiseDetail(detail: ErrorDetail, locale: Locale): ErrorIssue {
  if ('reason' in detail)
    return { path: detail.path, message: reasonText(detail.reason, locale, detail.params) };
  return { path: detail.path, message: detail.message };
}

/** An AppError as the API answers it, `{ code, message, details }` in one language. */
export function localiseError(error: AppError, locale: Locale): ErrorBody['error'] {
  return {
    code: error.code,
    message: error.reason
      ? reasonText(error.reason, locale, error.params)
      : errorMessages[error.code][locale],
    ...(error.details ? { details: error.details.map((d) => localiseDetail(d, locale)) } : {}),
  };
}
