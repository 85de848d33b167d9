import type { AppContext } from '../../context';
import { loadStaffRefs } from '../staff/staff-names';
import type { RegisterReviewView } from '@oikeus/contracts';

/** Recorded reviews, newest first (they come every two years, so the list stays short). */
export async function listRegisterReviews(
  ctx: AppContext,
  options: { limit?: number } = {},
): Promise<RegisterReviewView[]> {
  const rows = await ctx.db.prisma.registerReview.findMany({
    orderBy: [{ reviewedAt: 'desc' }, { id: 'desc' }],
    take: options.limit ?? 200,
  });
  const staff = await loadStaffRefs(
    ctx.db.prisma,
    rows.map((row) => row.reviewedById),
  );
  return rows.map((row) => ({
    id: row.id,
    registerId: row.registerId,
    reviewedAt: row.reviewedAt.toISOString(),
    reviewedBy: row.reviewedById ? (staff.get(row.reviewedById) ?? null) : null,
    notes: row.notes,
  }));
}
