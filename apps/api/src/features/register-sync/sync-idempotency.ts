import { createHash } from 'node:crypto';
import type { Request } from 'express';
import type { AppContext } from '../../context';
import { AppError } from '../../errors/app-error';
import { isUniqueViolation } from '../../db/is-unique-violation';

export interface StoredAnswer {
  status: number;
  body: unknown;
}

function requestHash(req: Request): string {
  return createHash('sha256')
    .update(`${req.method} ${req.originalUrl.split('?')[0]}\n${JSON.stringify(req.body ?? null)}`)
    .digest('hex');
}

/** The `Idempotency-Key` header, or null; at most 200 visible characters. */
export function idempotencyKeyOf(req: Request): string | null {
  const key = req.get('idempotency-key');
  if (key === undefined) return null;
  if (!/^[\x21-\x7e]{1,200}$/.test(key)) {
    throw new AppError('VALIDATION_FAILED', undefined, undefined, [
      { path: 'Idempotency-Key', reason: 'sync.idempotencyKeyInvalid' },
    ]);
  }
  return key;
}

/**
 * Runs a sync write once per idempotency key: a retry after a lost answer gets
 * the stored answer instead of writing again; the same key with another
 * request is a conflict.
 */
export async function runIdempotent(
  ctx: AppContext,
  req: Request,
  apiKeyId: string,
  work: () => Promise<StoredAnswer>,
): Promise<StoredAnswer> {
  const key = idempotencyKeyOf(req);
  if (key === null) return work();
  const hash = requestHash(req);
  const replay = async (): Promise<StoredAnswer | null> => {
    const stored = await ctx.db.prisma.syncIdempotencyKey.findUnique({
      where: { apiKeyId_key: { apiKeyId, key } },
    });
    if (!stored) return null;
    if (stored.requestHash !== hash) throw new AppError('CONFLICT');
    return { status: stored.status, body: JSON.parse(stored.response) as unknown };
  };
  const earlier = await replay();
  if (earlier) return earlier;
  const answer = await work();
  try {
    await ctx.db.prisma.syncIdempotencyKey.create({
      data: {
        apiKeyId,
        key,
        requestHash: hash,
        status: answer.status,
        response: JSON.stringify(answer.body),
        createdAt: ctx.clock.now(),
      },
    });
  } catch (error) {
    // A concurrent retry with the same key stored its answer first; both wrote the same records
    // (upserts by externalId are idempotent), so answering with the stored one is consistent.
    if (!isUniqueViolation(error)) throw error;
    return (await replay()) ?? answer;
  }
  return answer;
}
