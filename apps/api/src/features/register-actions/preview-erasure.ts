import type { ErasurePlan, Locale } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { AppError } from '../../errors/app-error';
import { loadConfirmedRecords } from './confirmed-records';
import { planErasure } from './plan-erasure';

/** Exactly what an erasure would delete, anonymise and keep today; changes nothing. */
export async function previewErasure(
  ctx: AppContext,
  requestId: string,
  locale: Locale,
): Promise<ErasurePlan> {
  const exists = await ctx.db.prisma.rightsRequest.findUnique({
    where: { id: requestId },
    select: { id: true },
  });
  if (!exists) throw new AppError('NOT_FOUND');
  const records = await loadConfirmedRecords(ctx.db.prisma, requestId);
  return (await planErasure(ctx, ctx.db.prisma, records, locale, requestId)).plan;
}
