import type { Art18Ground, Locale, RestrictionPreview } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { AppError } from '../../errors/app-error';
import { findRestrictedIds } from '../../registers/active-restrictions';
import { recordLabel } from '../../registers/record-label';
import { loadConfirmedRecords } from './confirmed-records';

/** Which confirmed records a restriction would mark, and which already carry one. */
export async function previewRestriction(
  ctx: AppContext,
  requestId: string,
  ground: Art18Ground,
  locale: Locale,
): Promise<RestrictionPreview> {
  const exists = await ctx.db.prisma.rightsRequest.findUnique({
    where: { id: requestId },
    select: { id: true },
  });
  if (!exists) throw new AppError('NOT_FOUND');
  const { customers, contacts } = await loadConfirmedRecords(ctx.db.prisma, requestId);
  const [restrictedCustomers, restrictedContacts] = await Promise.all([
    findRestrictedIds(
      ctx.db.prisma,
      'customer',
      customers.map((c) => c.id),
    ),
    findRestrictedIds(
      ctx.db.prisma,
      'marketing_contact',
      contacts.map((c) => c.id),
    ),
  ]);
  return {
    ground,
    records: [
      ...customers.map((c) => ({
        recordType: 'customer' as const,
        recordId: c.id,
        label: recordLabel(c, locale),
        isAlreadyRestricted: restrictedCustomers.has(c.id),
      })),
      ...contacts.map((c) => ({
        recordType: 'marketing_contact' as const,
        recordId: c.id,
        label: recordLabel(c, locale),
        isAlreadyRestricted: restrictedContacts.has(c.id),
      })),
    ],
  };
}
