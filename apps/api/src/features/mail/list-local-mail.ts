import type { DevMailboxList, DevMailboxQuery } from '@oikeus/contracts';
import type { AppContext } from '../../context';

/** The dev mailbox list, newest first, optionally for one address. */
export async function listLocalMail(
  ctx: Pick<AppContext, 'db'>,
  query: DevMailboxQuery,
): Promise<DevMailboxList> {
  const rows = await ctx.db.prisma.localMail.findMany({
    where: query.to ? { toAddress: query.to } : {},
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: query.limit,
    select: { id: true, toAddress: true, subject: true, messageId: true, createdAt: true },
  });
  return {
    messages: rows.map((row) => ({
      id: row.id,
      to: row.toAddress,
      subject: row.subject,
      messageId: row.messageId,
      createdAt: row.createdAt.toISOString(),
    })),
  };
}
