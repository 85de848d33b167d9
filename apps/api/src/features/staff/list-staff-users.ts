import type { StaffUser } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { staffUserViewSelect, toStaffUserView } from './staff-user-view';

export async function listStaffUsers(ctx: AppContext): Promise<StaffUser[]> {
  const users = await ctx.db.prisma.staffUser.findMany({
    select: staffUserViewSelect,
    orderBy: [{ isActive: 'desc' }, { name: 'asc' }],
  });
  const now = ctx.clock.now();
  return users.map((user) => toStaffUserView(user, now));
}
