import type { SubjectAccount } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { AppError } from '../../errors/app-error';
import { toSubjectAccount } from './to-subject-account';

export async function getOwnAccount(ctx: AppContext, accountId: string): Promise<SubjectAccount> {
  const account = await ctx.db.prisma.account.findUnique({ where: { id: accountId } });
  if (!account) throw new AppError('UNAUTHENTICATED');
  return toSubjectAccount(account);
}
