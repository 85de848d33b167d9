import type { LocalMail } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { AppError } from '../../errors/app-error';

export async function getLocalMail(ctx: Pick<AppContext, 'db'>, id: string): Promise<LocalMail> {
  const row = await ctx.db.prisma.localMail.findUnique({ where: { id } });
  if (!row) throw new AppError('NOT_FOUND');
  return {
    id: row.id,
    to: row.toAddress,
    subject: row.subject,
    messageId: row.messageId,
    createdAt: row.createdAt.toISOString(),
    text: row.textBody,
    html: row.htmlBody,
  };
}
