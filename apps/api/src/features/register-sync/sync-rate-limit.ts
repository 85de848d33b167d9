import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { AppContext } from '../../context';
import { AppError } from '../../errors/app-error';
import { DatabaseRateLimitStore } from '../../http/database-rate-limit-store';
import { apiKeyOf } from './require-api-key';

export interface SyncRateLimit {
  windowMs: number;
  /** Calls per API key per window (a batch call counts once). */
  perKey: number;
}

const defaults: SyncRateLimit = { windowMs: 60_000, perKey: 300 };
const overrides = new WeakMap<AppContext, Partial<SyncRateLimit>>();

/** Changes the limit for one running app (tests). */
export function setSyncRateLimit(ctx: AppContext, limit: Partial<SyncRateLimit>): void {
  overrides.set(ctx, { ...overrides.get(ctx), ...limit });
}

function limitOf(ctx: AppContext): SyncRateLimit {
  return { ...defaults, ...overrides.get(ctx) };
}

/**
 * Per-key limit on the sync API, counted in the database so every API process
 * shares it; mount after requireApiKey.
 */
export function createSyncRateLimiter(ctx: AppContext): RequestHandler {
  return rateLimit({
    windowMs: limitOf(ctx).windowMs,
    limit: () => limitOf(ctx).perKey,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    store: new DatabaseRateLimitStore(ctx, 'sync-key'),
    keyGenerator: (_req, res) => apiKeyOf(res).id,
    handler: (_req, _res, next) => next(new AppError('RATE_LIMITED')),
    logger: {
      warn: (error, message) => ctx.logger.warn({ err: error }, message ?? 'rate limiter warning'),
      error: (error, message) => ctx.logger.error({ err: error }, message ?? 'rate limiter error'),
    },
  });
}
