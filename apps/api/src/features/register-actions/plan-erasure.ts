import type { ErasurePlan, Locale } from '@oikeus/contracts';
import { computeRetentionDate, toLocalDate, type LocalDate } from '@oikeus/domain';
import type { AppContext } from '../../context';
import type { Db } from '../../db/client';
import type { Tx } from '../../db/transaction';
import { recordLabel } from '../../registers/record-label';
import { actionTexts } from './action-texts';
import type { ConfirmedRecords } from './confirmed-records';
import { invoiceRetentionRule } from './register-facts';

/**
 * Kept on an anonymised customer row: the key the kept invoices point at and
 * the facts the retention job needs to delete the row once they are gone. The
 * vouchers themselves carry the billing name and address as issued.
 */
export const ANONYMISED_KEPT_FIELDS = [
  'id',
  'country',
  'source',
  'relationshipStartedOn',
  'relationshipEndedOn',
];

export interface ErasureWork {
  plan: ErasurePlan;
  customers: Array<{
    id: string;
    action: 'delete' | 'anonymise' | 'already_anonymised';
    deleteInvoiceIds: string[];
    keptInvoices: Array<{ id: string; deletableFrom: LocalDate }>;
  }>;
  contacts: Array<{ id: string; email: string | null; phone: string | null }>;
}

/**
 * What erasure (GDPR Art. 17) does with the confirmed records today: service
 * orders go; invoices whose retention has passed go; invoices still inside the
 * Kirjanpitolaki 1336/1997 2:10 period are kept (Art. 17(3)(b)) and the
 * customer row is anonymised instead of deleted; marketing contacts go and
 * their email/phone are suppressed. Used for both the preview and the apply.
 */
export async function planErasure(
  ctx: AppContext,
  db: Db | Tx,
  records: ConfirmedRecords,
  locale: Locale,
): Promise<ErasureWork> {
  const today = toLocalDate(ctx.clock.now(), ctx.env.CONTROLLER_TIME_ZONE);
  const rule = invoiceRetentionRule(ctx);
  const customerIds = records.customers.map((c) => c.id);
  const [invoices, orderCounts] = await Promise.all([
    db.invoice.findMany({
      where: { customerId: { in: customerIds } },
      select: { id: true, customerId: true, number: true, financialYearEnd: true },
      orderBy: { issuedOn: 'asc' },
    }),
    db.serviceOrder.groupBy({
      by: ['customerId'],
      where: { customerId: { in: customerIds } },
      _count: { _all: true },
    }),
  ]);

  const work: ErasureWork = {
    plan: { customers: [], marketingContacts: [], explanation: '' },
    customers: [],
    contacts: [],
  };
  let keptTotal = 0;
  for (const customer of records.customers) {
    const own = invoices.filter((i) => i.customerId === customer.id);
    const kept: ErasurePlan['customers'][number]['legalHolds'] = [];
    const deleteInvoiceIds: string[] = [];
    for (const invoice of own) {
      const financialYearEnd = toLocalDate(invoice.financialYearEnd, ctx.env.CONTROLLER_TIME_ZONE);
      const deletableFrom = computeRetentionDate(rule, { financialYearEnd });
      if (today < deletableFrom) {
        kept.push({
          recordType: 'invoice',
          recordId: invoice.id,
          invoiceNumber: invoice.number,
          financialYearEnd,
          deletableFrom,
          ground: 'legal_hold_17_3_b',
          explanation: actionTexts.legalHold[locale](invoice.number, deletableFrom),
        });
      } else {
        deleteInvoiceIds.push(invoice.id);
      }
    }
    keptTotal += kept.length;
    const action =
      kept.length === 0 ? 'delete' : customer.anonymizedAt ? 'already_anonymised' : 'anonymise';
    work.plan.customers.push({
      recordId: customer.id,
      label: recordLabel(customer, locale),
      action,
      keptFields: action === 'delete' ? [] : ANONYMISED_KEPT_FIELDS,
      serviceOrdersDeleted: orderCounts.find((o) => o.customerId === customer.id)?._count._all ?? 0,
      invoicesDeleted: deleteInvoiceIds.length,
      legalHolds: kept,
    });
    work.customers.push({
      id: customer.id,
      action,
      deleteInvoiceIds,
      keptInvoices: kept.map((k) => ({
        id: k.recordId,
        deletableFrom: k.deletableFrom as LocalDate,
      })),
    });
  }
  for (const contact of records.contacts) {
    const suppressions: Array<'email' | 'phone'> = [];
    if (contact.email) suppressions.push('email');
    if (contact.phone) suppressions.push('phone');
    work.plan.marketingContacts.push({
      recordId: contact.id,
      label: recordLabel(contact, locale),
      action: 'delete',
      suppressions,
    });
    work.contacts.push({ id: contact.id, email: contact.email, phone: contact.phone });
  }
  work.plan.explanation = actionTexts.erasurePlanSummary[locale](keptTotal);
  return work;
}
