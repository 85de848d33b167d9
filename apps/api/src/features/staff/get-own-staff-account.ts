import type { StaffAccount } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { AppError } from '../../errors/app-error';
import { staffAccountSelect, toStaffAccount } from './staff-account-view';

/** The signed-in member's name, mail language and mail preferences. */
export async function getOwnStaffAccount(ctx: AppContext, staffId: string): Promise<StaffAccount> {
  const row = await ctx.db.prisma.staffUser.findUnique({
    where: { id: staffId },
    select: staffAccountSelect,
  });
  if (!row) throw new AppError('UNAUTHENTICATED');
  return toStaffAccount(ctx, row);
}
