import type { Tx } from '../../db/transaction';
import type { Db } from '../../db/client';
import { fieldError } from '../../errors/app-error';

/**
 * The register records the handler confirmed for the request
 * (RequestRecordLink). Every action works on these and nothing else.
 */
export async function loadConfirmedRecords(db: Db | Tx, requestId: string) {
  const links = await db.requestRecordLink.findMany({
    where: { requestId },
    select: { recordType: true, recordId: true, matchScore: true },
  });
  const customerIds = links.filter((l) => l.recordType === 'customer').map((l) => l.recordId);
  const contactIds = links
    .filter((l) => l.recordType === 'marketing_contact')
    .map((l) => l.recordId);
  const [customers, contacts] = await Promise.all([
    db.customer.findMany({ where: { id: { in: customerIds } }, orderBy: { id: 'asc' } }),
    db.marketingContact.findMany({
      where: { id: { in: contactIds } },
      include: { permissions: { select: { channel: true, decision: true } } },
      orderBy: { id: 'asc' },
    }),
  ]);
  return { links, customers, contacts };
}

export type ConfirmedRecords = Awaited<ReturnType<typeof loadConfirmedRecords>>;

/** Actions refuse to run on nothing: the handler confirms records first. */
export function assertHasRecords(
  records: ConfirmedRecords,
  kinds: Array<'customer' | 'marketing_contact'> = ['customer', 'marketing_contact'],
): void {
  const count =
    (kinds.includes('customer') ? records.customers.length : 0) +
    (kinds.includes('marketing_contact') ? records.contacts.length : 0);
  if (count === 0) {
    throw fieldError('records', 'console.noConfirmedRecords');
  }
}
