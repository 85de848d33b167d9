// Every abuse limit of the API, in one module so they can be tuned in one
// place (DESIGN.md: codes and links are rate-limited). Two keys each: the
// client address (someone trying many accounts) and the account or email
// address (many tries against one person, from many addresses).
//
// The counters live in the database (DatabaseRateLimitStore), so every API
// process counts against the same limit.
import type { Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { AppContext } from '../context';
import { AppError } from '../errors/app-error';
import { DatabaseRateLimitStore } from './database-rate-limit-store';

export interface AuthRateLimits {
  /** Length of every window, ms (read when the router is built). */
  windowMs: number;
  /** POST /api/auth/start per client IP per window. */
  startPerIp: number;
  /** POST /api/auth/start per email address per window: bounds mail sent to one person. */
  startPerEmail: number;
  /** POST /api/auth/verify per client IP per window. */
  verifyPerIp: number;
  /** POST /api/auth/verify per email address per window (code guesses; each challenge also allows only 5). */
  verifyPerEmail: number;
  /** POST /api/staff/auth/login and enrolment per client IP per window (password spraying). */
  staffLoginPerIp: number;
  /** POST /api/staff/auth/login per staff email per window (on top of the account lockout). */
  staffLoginPerEmail: number;
  /** POST /api/requests per client IP per window. */
  submitPerIp: number;
  /** POST /api/requests per signed-in account per window: no flooding the controller's queue. */
  submitPerAccount: number;
}

export const defaultAuthRateLimits: AuthRateLimits = {
  windowMs: 15 * 60_000,
  startPerIp: 30,
  startPerEmail: 5,
  verifyPerIp: 60,
  verifyPerEmail: 10,
  staffLoginPerIp: 100,
  staffLoginPerEmail: 20,
  submitPerIp: 60,
  submitPerAccount: 20,
};

const overrides = new WeakMap<AppContext, Partial<AuthRateLimits>>();

/** Changes limits for one running app (tests; a future admin setting). Takes effect on the next request. */
export function setAuthRateLimits(ctx: AppContext, limits: Partial<AuthRateLimits>): void {
  overrides.set(ctx, { ...overrides.get(ctx), ...limits });
}

export function authRateLimitsOf(ctx: AppContext): AuthRateLimits {
  return { ...defaultAuthRateLimits, ...overrides.get(ctx) };
}

/** The address from the JSON body, normalised as emailSchema does; '' when absent. */
function bodyEmail(req: Request): string {
  const body: unknown = req.body;
  if (typeof body !== 'object' || body === null) return '';
  const email = (body as { email?: unknown }).email;
  return typeof email === 'string' ? email.trim().toLowerCase().slice(0, 254) : '';
}

type KeyOf = (req: Request, res: Response) => string;

function limiter(
  ctx: AppContext,
  name: string,
  limitOf: (l: AuthRateLimits) => number,
  keyOf: KeyOf,
): RequestHandler {
  return rateLimit({
    windowMs: authRateLimitsOf(ctx).windowMs,
    limit: () => limitOf(authRateLimitsOf(ctx)),
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    store: new DatabaseRateLimitStore(ctx, name),
    keyGenerator: (req, res) => keyOf(req, res),
    // No key (e.g. a link token without an email) → not counted by this limiter.
    skip: (req, res) => keyOf(req, res) === '',
    handler: (_req, _res, next) => next(new AppError('RATE_LIMITED')),
    logger: {
      warn: (error, message) => ctx.logger.warn({ err: error }, message ?? 'rate limiter warning'),
      error: (error, message) => ctx.logger.error({ err: error }, message ?? 'rate limiter error'),
    },
  });
}

/** Client address; IPv6 grouped by /56 so one host cannot rotate through its subnet. */
function clientKey(req: Request): string {
  return ipKeyGenerator(req.ip ?? '');
}

/** The signed-in subject's account (set by requireSubject, which runs first). */
function accountKey(_req: Request, res: Response): string {
  const subject = res.locals.subject as { accountId?: string } | undefined;
  return subject?.accountId ?? '';
}

export function createAuthRateLimiters(ctx: AppContext): {
  start: RequestHandler[];
  verify: RequestHandler[];
} {
  return {
    start: [
      limiter(ctx, 'start-ip', (l) => l.startPerIp, clientKey),
      limiter(ctx, 'start-email', (l) => l.startPerEmail, bodyEmail),
    ],
    verify: [
      limiter(ctx, 'verify-ip', (l) => l.verifyPerIp, clientKey),
      limiter(ctx, 'verify-email', (l) => l.verifyPerEmail, bodyEmail),
    ],
  };
}

/** Staff password sign-in and TOTP enrolment: per IP and per staff email. */
export function createStaffSignInLimiters(ctx: AppContext): RequestHandler[] {
  return [
    limiter(ctx, 'staff-login-ip', (l) => l.staffLoginPerIp, clientKey),
    limiter(ctx, 'staff-login-email', (l) => l.staffLoginPerEmail, bodyEmail),
  ];
}

/** New rights requests: per IP and per account; mount after requireSubject. */
export function createRequestSubmissionLimiters(ctx: AppContext): RequestHandler[] {
  return [
    limiter(ctx, 'submit-ip', (l) => l.submitPerIp, clientKey),
    limiter(ctx, 'submit-account', (l) => l.submitPerAccount, accountKey),
  ];
}
