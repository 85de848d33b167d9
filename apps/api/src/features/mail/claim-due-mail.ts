import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../context';

/** Messages a worker may take now: due ones, and ones whose sender died holding the lock. */
function claimableWhere(now: Date) {
  return {
    OR: [
      { status: 'pending', nextAttemptAt: { lte: now } },
      // A worker killed mid-send leaves 'sending' with a lock that runs out:
      // the message is sent again (at-least-once), under the same Message-ID.
      { status: 'sending', lockedUntil: { lt: now } },
    ],
  };
}

export interface ClaimedMail {
  claimToken: string;
  /** Due messages seen; more than claimed when another worker took some first. */
  candidates: number;
  messages: Array<{
    id: string;
    template: string;
    toAddress: string;
    locale: string;
    subject: string;
    textBody: string;
    htmlBody: string;
    attempts: number;
  }>;
}

/**
 * Claims up to `limit` due messages for one worker. The claim is one
 * conditional UPDATE that re-checks the due condition, so on PostgreSQL two
 * workers racing for a row serialise on its row lock and the second finds it
 * no longer claimable; on SQLite writers are serialised anyway. `attempts`
 * counts the claim, so a message that kills its worker every time still ends.
 */
export async function claimDueMail(
  ctx: Pick<AppContext, 'db' | 'env' | 'clock'>,
  options: { workerId: string; limit: number },
): Promise<ClaimedMail> {
  const now = ctx.clock.now();
  const prisma = ctx.db.prisma;
  const claimToken = `${options.workerId}/${randomUUID()}`;
  const candidates = await prisma.outboxMessage.findMany({
    where: claimableWhere(now),
    orderBy: { nextAttemptAt: 'asc' },
    take: options.limit,
    select: { id: true },
  });
  if (candidates.length === 0) return { claimToken, candidates: 0, messages: [] };
  await prisma.outboxMessage.updateMany({
    where: { id: { in: candidates.map((c) => c.id) }, ...claimableWhere(now) },
    data: {
      status: 'sending',
      lockedBy: claimToken,
      lockedUntil: new Date(now.getTime() + ctx.env.MAIL_LOCK_SECONDS * 1000),
      attempts: { increment: 1 },
    },
  });
  const messages = await prisma.outboxMessage.findMany({
    where: { lockedBy: claimToken, status: 'sending' },
    orderBy: { nextAttemptAt: 'asc' },
    select: {
      id: true,
      template: true,
      toAddress: true,
      locale: true,
      subject: true,
      textBody: true,
      htmlBody: true,
      attempts: true,
    },
  });
  return { claimToken, candidates: candidates.length, messages };
}
