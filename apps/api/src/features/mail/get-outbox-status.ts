import type { OutboxStatus } from '@oikeus/contracts';
import type { AppContext } from '../../context';

/**
 * What admins need to see that no mail is silently lost (DESIGN.md "Nothing is
 * lost"): how much is waiting, how much is being retried, and every message
 * that was given up on. Bodies are not included.
 */
export async function getOutboxStatus(
  ctx: Pick<AppContext, 'db'>,
  options: { failedLimit?: number } = {},
): Promise<OutboxStatus> {
  const prisma = ctx.db.prisma;
  const [pending, delayed, sending, failed, oldest, failedMessages] = await Promise.all([
    prisma.outboxMessage.count({ where: { status: 'pending' } }),
    prisma.outboxMessage.count({ where: { status: 'pending', attempts: { gt: 0 } } }),
    prisma.outboxMessage.count({ where: { status: 'sending' } }),
    prisma.outboxMessage.count({ where: { status: 'failed' } }),
    prisma.outboxMessage.findFirst({
      where: { status: { in: ['pending', 'sending'] } },
      orderBy: { createdAt: 'asc' },
      select: { createdAt: true },
    }),
    prisma.outboxMessage.findMany({
      where: { status: 'failed' },
      orderBy: { createdAt: 'desc' },
      take: options.failedLimit ?? 100,
      select: {
        id: true,
        template: true,
        toAddress: true,
        requestId: true,
        attempts: true,
        lastError: true,
        createdAt: true,
      },
    }),
  ]);
  return {
    pending,
    delayed,
    sending,
    failed,
    oldestPendingSince: oldest?.createdAt.toISOString() ?? null,
    failedMessages: failedMessages.map((m) => ({ ...m, createdAt: m.createdAt.toISOString() })),
  };
}
