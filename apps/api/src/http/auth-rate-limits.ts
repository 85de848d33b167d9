// Every abuse limit of the API, in one module so they can be tuned in one
// place (DESIGN.md: codes and links are rate-limited). Keys: the client
// address (someone trying many accounts), the account, and for sign-in codes
// the (email, client) pair — never the email alone within a short window, or
// anyone could lock a person out of their own sign-in by spending "their"
// limit (issue #20). The email alone only has a daily ceiling on codes, which
// bounds the mail one person can be sent and the guesses against them.
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
  /** POST /api/auth/start per (email, client) pair per startEmailDayMs: one client can spend only part of a person's daily ceiling. */
  startPerEmailClient: number;
  /** POST /api/auth/start per email address per startEmailDayMs: the daily ceiling of codes (and mail) for one person. */
  startPerEmailDay: number;
  /** Length of the two per-email windows above, ms (a day). */
  startEmailDayMs: number;
  /** POST /api/auth/verify per client IP per window. */
  verifyPerIp: number;
  /** POST /api/auth/verify per (email, client) pair per window (each code also allows only 5 wrong tries). */
  verifyPerEmailClient: number;
  /** POST /api/staff/auth/login and enrolment per client IP per window (password spraying). */
  staffLoginPerIp: number;
  /** POST /api/staff/auth/login per staff email per window (on top of the account lockout). */
  staffLoginPerEmail: number;
  /** Staff password links (forgot-password, check, use) per client IP per window. */
  staffPasswordLinkPerIp: number;
  /** POST /api/staff/auth/forgot-password per email per window: bounds the mail one member can be sent. */
  staffForgotPerEmail: number;
  /** POST /api/requests per client IP per window. */
  submitPerIp: number;
  /** POST /api/requests per signed-in account per window: no flooding the controller's queue. */
  submitPerAccount: number;
}

export const defaultAuthRateLimits: AuthRateLimits = {
  windowMs: 15 * 60_000,
  startPerIp: 30,
  startPerEmailClient: 5,
  startPerEmailDay: 15,
  startEmailDayMs: 24 * 60 * 60_000,
  verifyPerIp: 60,
  verifyPerEmailClient: 10,
  staffLoginPerIp: 100,
  staffLoginPerEmail: 20,
  staffPasswordLinkPerIp: 30,
  staffForgotPerEmail: 3,
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
  windowOf: (l: AuthRateLimits) => number = (l) => l.windowMs,
): RequestHandler {
  return rateLimit({
    windowMs: windowOf(authRateLimitsOf(ctx)),
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
export function clientKey(req: Request): string {
  return ipKeyGenerator(req.ip ?? '');
}

/** The (email, client) pair; '' when the body has no email (a link token). */
function emailClientKey(req: Request): string {
  const email = bodyEmail(req);
  return email === '' ? '' : `${email}\u0000${clientKey(req)}`;
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
      limiter(
        ctx,
        'start-email-client',
        (l) => l.startPerEmailClient,
        emailClientKey,
        (l) => l.startEmailDayMs,
      ),
      // Last, so only requests the other limits let through count towards the ceiling.
      limiter(
        ctx,
        'start-email-day',
        (l) => l.startPerEmailDay,
        bodyEmail,
        (l) => l.startEmailDayMs,
      ),
    ],
    verify: [
      limiter(ctx, 'verify-ip', (l) => l.verifyPerIp, clientKey),
      limiter(ctx, 'verify-email-client', (l) => l.verifyPerEmailClient, emailClientKey),
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

/** Staff password links: asking for one per IP and per email; checking and using one per IP. */
export function createStaffPasswordLinkLimiters(ctx: AppContext): {
  forgot: RequestHandler[];
  link: RequestHandler[];
} {
  const perIp = limiter(ctx, 'staff-link-ip', (l) => l.staffPasswordLinkPerIp, clientKey);
  return {
    forgot: [perIp, limiter(ctx, 'staff-forgot-email', (l) => l.staffForgotPerEmail, bodyEmail)],
    link: [perIp],
  };
}

/** New rights requests: per IP and per account; mount after requireSubject. */
export function createRequestSubmissionLimiters(ctx: AppContext): RequestHandler[] {
  return [
    limiter(ctx, 'submit-ip', (l) => l.submitPerIp, clientKey),
    limiter(ctx, 'submit-account', (l) => l.submitPerAccount, accountKey),
  ];
}
