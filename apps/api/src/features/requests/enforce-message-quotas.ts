import type { AppContext } from '../../context';
import type { Tx } from '../../db/transaction';
import { AppError } from '../../errors/app-error';

const HOUR_MS = 3_600_000;

/**
 * Limits on what one person may post (issue #20): messages per request and
 * per account in the last hour (429), and the total size of the files on one
 * request (413). GDPR Art. 12(5) lets the controller refuse manifestly
 * excessive requests; a flood of messages also buries the handler's queue
 * and fills the database. Counted in the caller's transaction; on PostgreSQL
 * the request row is locked first so parallel posts on one request cannot
 * slip past the per-request limits together.
 */
export async function enforceMessageQuotas(
  tx: Tx,
  ctx: Pick<AppContext, 'env' | 'db'>,
  input: {
    accountId: string;
    requestId: string;
    attachmentBytes: number;
    now: Date;
  },
): Promise<void> {
  const { accountId, requestId, now } = input;
  if (ctx.db.provider === 'postgresql') {
    await tx.$executeRaw`SELECT 1 FROM "RightsRequest" WHERE "id" = ${requestId} FOR UPDATE`;
  }
  const since = new Date(now.getTime() - HOUR_MS);
  const [onRequest, onAccount] = await Promise.all([
    tx.requestMessage.count({
      where: { requestId, authorType: 'subject', createdAt: { gt: since } },
    }),
    tx.requestMessage.count({
      where: { request: { accountId }, authorType: 'subject', createdAt: { gt: since } },
    }),
  ]);
  if (onRequest >= ctx.env.SUBJECT_MESSAGES_PER_HOUR)
    throw new AppError('RATE_LIMITED', 'message.tooManyOnRequest');
  if (onAccount >= ctx.env.SUBJECT_MESSAGES_PER_ACCOUNT_HOUR)
    throw new AppError('RATE_LIMITED', 'message.tooManyOnAccount');
  if (input.attachmentBytes > 0) {
    const stored = await tx.attachment.aggregate({ where: { requestId }, _sum: { size: true } });
    if ((stored._sum.size ?? 0) + input.attachmentBytes > ctx.env.REQUEST_ATTACHMENT_MAX_BYTES)
      throw new AppError('PAYLOAD_TOO_LARGE', 'attachment.requestFull');
  }
}
