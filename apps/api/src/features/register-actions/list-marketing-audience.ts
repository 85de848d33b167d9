import type { MarketingAudience, MarketingChannel } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { channelsStopping, suppressionHashes } from '../../registers/suppression-hash';

/**
 * The marketing list for one channel: contacts whose current decision for the
 * channel is `granted`, minus
 * - restricted contacts, and contacts whose customer record is restricted:
 *   restricted data may only be stored (GDPR Art. 18(2));
 * - contacts whose email or phone is on the suppression list for the channel
 *   (an erased or objecting person is never re-added, Art. 17 and 21(3)).
 * Every marketing use must read its audience from here.
 */
export async function listMarketingAudience(
  ctx: AppContext,
  channel: MarketingChannel,
): Promise<MarketingAudience> {
  const prisma = ctx.db.prisma;
  const restrictions = await prisma.restriction.findMany({
    where: { liftedAt: null, recordType: { in: ['marketing_contact', 'customer'] } },
    select: { recordType: true, recordId: true },
  });
  const restrictedContacts = restrictions
    .filter((r) => r.recordType === 'marketing_contact')
    .map((r) => r.recordId);
  const restrictedCustomers = restrictions
    .filter((r) => r.recordType === 'customer')
    .map((r) => r.recordId);

  const contacts = await prisma.marketingContact.findMany({
    where: {
      permissions: { some: { channel, decision: 'granted' } },
      ...(restrictedContacts.length ? { id: { notIn: restrictedContacts } } : {}),
      ...(restrictedCustomers.length
        ? { OR: [{ customerId: null }, { customerId: { notIn: restrictedCustomers } }] }
        : {}),
    },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      company: true,
      email: true,
      phone: true,
      streetAddress: true,
      postalCode: true,
      city: true,
    },
    orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }],
  });

  // Entries for this channel or for every channel (an objection may name only some, Art. 21(3)).
  const suppressed = new Set(
    (
      await prisma.marketingSuppression.findMany({
        where: { channel: { in: channelsStopping(channel) } },
        select: { valueHash: true },
      })
    ).map((s) => s.valueHash),
  );
  const matches = (kind: 'email' | 'phone', value: string | null) =>
    value !== null && suppressionHashes(ctx, kind, value).some((hash) => suppressed.has(hash));
  const isSuppressed = (c: { email: string | null; phone: string | null }) =>
    matches('email', c.email) || matches('phone', c.phone);

  return { channel, items: contacts.filter((c) => !isSuppressed(c)) };
}
