import type { Env } from '../../config/env';

export interface SendFailure {
  /** The server refused this message for good (5xx other than 503); counts towards MAIL_MAX_ATTEMPTS. */
  isPermanent: boolean;
  /** No SMTP answer at all (refused connection, timeout, DNS): the server is down, not the message. */
  isServerUnreachable: boolean;
  /** Error class and SMTP code only: server messages often quote the recipient, which is personal data. */
  summary: string;
}

const EMAIL_PATTERN = /[^\s<>"'@]+@[^\s<>"'@]+/g;

/** Classifies a transport error with nodemailer's own codes (`code`, `responseCode`, `permanent`). */
export function describeSendFailure(error: unknown): SendFailure {
  const err = (typeof error === 'object' && error !== null ? error : {}) as {
    code?: unknown;
    responseCode?: unknown;
    permanent?: unknown;
    message?: unknown;
  };
  const code = typeof err.code === 'string' ? err.code : 'ERROR';
  const responseCode = typeof err.responseCode === 'number' ? err.responseCode : null;
  const isPermanent =
    err.permanent === true ||
    (responseCode !== null && responseCode >= 500 && responseCode < 600 && responseCode !== 503);
  const message = typeof err.message === 'string' ? err.message : String(error);
  const cleaned = message.replace(EMAIL_PATTERN, '<address>').replace(/\s+/g, ' ').slice(0, 300);
  return {
    isPermanent,
    isServerUnreachable: responseCode === null && code !== 'EENVELOPE' && code !== 'EMESSAGE',
    summary: `${code}${responseCode === null ? '' : ` ${responseCode}`}: ${cleaned}`,
  };
}

/**
 * Exponential backoff with jitter: base·2^(attempt−1), capped, then a random
 * point in its upper half so many workers that failed together do not retry
 * in lockstep ("equal jitter").
 */
export function retryDelayMs(
  attempts: number,
  env: Pick<Env, 'MAIL_RETRY_BASE_SECONDS' | 'MAIL_RETRY_MAX_SECONDS'>,
  random: () => number = Math.random,
): number {
  const exponent = Math.min(Math.max(attempts - 1, 0), 30);
  const delay =
    Math.min(env.MAIL_RETRY_MAX_SECONDS, env.MAIL_RETRY_BASE_SECONDS * 2 ** exponent) * 1000;
  return Math.round(delay / 2 + random() * (delay / 2));
}
