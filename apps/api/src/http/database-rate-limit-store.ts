// An express-rate-limit Store kept in the database, so every API process
// counts against the same limit: with two processes behind a load balancer a
// per-process MemoryStore would let an attacker make twice the attempts.
// Each hit is one INSERT … ON CONFLICT DO UPDATE … RETURNING statement, which
// is atomic on both SQLite and PostgreSQL (no read-then-write race).
//
// Keys are a keyed hash of limiter name + IP or email address: the table
// holds no address in the clear (GDPR Art. 5(1)(c) data minimisation,
// Art. 25 data protection by design). Windows run on the app clock so tests
// move time instead of waiting.
import { createHmac } from 'node:crypto';
import type { ClientRateLimitInfo, IncrementResponse, Options, Store } from 'express-rate-limit';
import type { AppContext } from '../context';

/** Expired buckets are deleted once every this many increments per process. */
const PRUNE_EVERY = 200;

interface BucketRow {
  hits: number | bigint;
  resetAt: number | bigint | string;
}

export class DatabaseRateLimitStore implements Store {
  /** Counts are shared with other processes: express-rate-limit must not warn about double counting. */
  readonly localKeys = false;
  private windowMs = 60_000;
  private incrementsSincePrune = 0;

  constructor(
    private readonly ctx: Pick<AppContext, 'db' | 'clock' | 'secret'>,
    readonly prefix: string,
  ) {}

  init(options: Options): void {
    this.windowMs = options.windowMs;
  }

  private bucketKey(key: string): string {
    return createHmac('sha256', this.ctx.secret)
      .update(`oikeus-rate-limit:${this.prefix}:${key}`)
      .digest('hex');
  }

  async get(key: string): Promise<ClientRateLimitInfo | undefined> {
    const now = this.ctx.clock.now().getTime();
    const row = await this.ctx.db.prisma.rateLimitBucket.findUnique({
      where: { key: this.bucketKey(key) },
    });
    const end = row ? Number(row.resetAt) : 0;
    if (!row || end <= now || end > now + this.windowMs) return undefined;
    return { totalHits: row.hits, resetTime: new Date(Number(row.resetAt)) };
  }

  async increment(key: string): Promise<IncrementResponse> {
    const now = this.ctx.clock.now().getTime();
    const resetAt = now + this.windowMs;
    // A window is over when its end has passed, or when it ends more than one
    // window from now (the clock was set back, e.g. by the e2e test clock).
    const rows = await this.ctx.db.prisma.$queryRaw<BucketRow[]>`
      INSERT INTO "RateLimitBucket" ("key", "hits", "resetAt")
      VALUES (${this.bucketKey(key)}, 1, ${resetAt})
      ON CONFLICT ("key") DO UPDATE SET
        "hits" = CASE
          WHEN "RateLimitBucket"."resetAt" <= ${now} OR "RateLimitBucket"."resetAt" > ${resetAt}
          THEN 1 ELSE "RateLimitBucket"."hits" + 1 END,
        "resetAt" = CASE
          WHEN "RateLimitBucket"."resetAt" <= ${now} OR "RateLimitBucket"."resetAt" > ${resetAt}
          THEN ${resetAt} ELSE "RateLimitBucket"."resetAt" END
      RETURNING "hits", "resetAt"`;
    const row = rows[0];
    if (!row) throw new Error('rate-limit increment returned no row');
    await this.pruneNowAndThen(now);
    return { totalHits: Number(row.hits), resetTime: new Date(Number(row.resetAt)) };
  }

  async decrement(key: string): Promise<void> {
    await this.ctx.db.prisma.rateLimitBucket.updateMany({
      where: { key: this.bucketKey(key), hits: { gt: 0 } },
      data: { hits: { decrement: 1 } },
    });
  }

  async resetKey(key: string): Promise<void> {
    await this.ctx.db.prisma.rateLimitBucket.deleteMany({ where: { key: this.bucketKey(key) } });
  }

  /** Old windows are useless and carry (hashed) traces of who tried what: drop them. */
  private async pruneNowAndThen(now: number): Promise<void> {
    this.incrementsSincePrune += 1;
    if (this.incrementsSincePrune < PRUNE_EVERY) return;
    this.incrementsSincePrune = 0;
    await this.ctx.db.prisma.rateLimitBucket.deleteMany({
      where: { resetAt: { lte: BigInt(now) } },
    });
  }
}
