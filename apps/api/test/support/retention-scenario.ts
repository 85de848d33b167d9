// One register with a record for each retention situation, and what a run on
// 2 March 2026 (customers 5 years, vouchers 6 years from the end of the year
// the financial year ended, and — with withOwnMarketingPeriod — a controller's
// own period of 3 years after a marketing contact's last activity) must do
// with it.
import type { RegisterDescription } from '@oikeus/domain';
import type { Db } from '../../src/db/client';
import type { RetentionItem } from '../../src/features/retention/retention-item';
import {
  createCustomer,
  createInvoice,
  createMarketingContact,
  createRestriction,
} from './retention-factories';

/**
 * The description with the controller setting "own marketing period" on: the
 * marketing rule becomes `years` after the last activity (off for Inope Oy,
 * whose notice has no such rule; a controller turning it on changes its notice).
 */
export function withOwnMarketingPeriod(
  description: RegisterDescription,
  years = 3,
): RegisterDescription {
  const copy = structuredClone(description);
  for (const register of copy.registers) {
    register.retention = register.retention.map((rule) =>
      rule.appliesTo === 'marketing_contact'
        ? { ...rule, rule: 'years_after_last_activity', years }
        : rule,
    );
  }
  return copy;
}

export const SCENARIO_TODAY = new Date('2026-03-02T09:00:00Z');

export async function seedRetentionScenario(db: Db) {
  // Left in 2019, no invoices: deletable from 2024-01-11, goes with its orders.
  const leftLongAgo = await createCustomer(db, { relationshipEndedOn: '2019-01-10', orders: 2 });
  // Left mid-2020: own period over on 2025-07-01, but its 2020 voucher is kept
  // until 2027-01-01, so the row is anonymised and the invoice stays.
  const withVoucher = await createCustomer(db, { relationshipEndedOn: '2020-06-30', orders: 1 });
  const keptVoucher = await createInvoice(db, {
    customerId: withVoucher.id,
    financialYearEnd: '2020-12-31',
  });
  // Left in 2015 with a 2018 voucher (deletable 2025-01-01): both go today.
  const bothDue = await createCustomer(db, { relationshipEndedOn: '2015-03-01' });
  const dueVoucher = await createInvoice(db, {
    customerId: bothDue.id,
    financialYearEnd: '2018-12-31',
  });
  // Left in 2022: deletable only from 2027-05-02.
  const leftRecently = await createCustomer(db, { relationshipEndedOn: '2022-05-01' });
  // Ongoing: the customer and even a 2010 voucher are kept.
  const ongoing = await createCustomer(db, { relationshipEndedOn: null });
  const ongoingVoucher = await createInvoice(db, {
    customerId: ongoing.id,
    financialYearEnd: '2010-12-31',
  });
  // Period over, but restricted for legal claims (Art. 18(1)(c)): kept.
  const legalClaims = await createCustomer(db, { relationshipEndedOn: '2018-01-10' });
  await createRestriction(db, {
    recordType: 'customer',
    recordId: legalClaims.id,
    ground: 'art18_1_c',
  });
  // Period over, restricted only while accuracy is checked (Art. 18(1)(a)): deleted.
  const accuracyContested = await createCustomer(db, { relationshipEndedOn: '2018-01-10' });
  const accuracyRestriction = await createRestriction(db, {
    recordType: 'customer',
    recordId: accuracyContested.id,
    ground: 'art18_1_a',
  });
  // A voucher past its period held for legal claims keeps itself and its customer.
  const heldCustomer = await createCustomer(db, { relationshipEndedOn: '2015-01-01' });
  const heldVoucher = await createInvoice(db, {
    customerId: heldCustomer.id,
    financialYearEnd: '2016-12-31',
  });
  await createRestriction(db, {
    recordType: 'invoice',
    recordId: heldVoucher.id,
    ground: 'art18_1_c',
  });
  // Marketing only, last activity 2022-05-10: deletable from 2025-05-11.
  const lapsedContact = await createMarketingContact(db, { lastActivityOn: '2022-05-10' });
  // Marketing only, active in autumn 2023: kept until 2026-09-02.
  const activeContact = await createMarketingContact(db, { lastActivityOn: '2023-09-01' });
  // Also a current customer: kept whatever its activity date.
  const customerContact = await createMarketingContact(db, {
    lastActivityOn: '2015-01-01',
    customerId: ongoing.id,
  });
  // Linked to a customer who left long ago: the marketing rule decides (from 2024-01-02).
  const formerCustomerContact = await createMarketingContact(db, {
    lastActivityOn: '2021-01-01',
    customerId: leftLongAgo.id,
  });

  const expected: RetentionItem[] = [
    item(
      'invoice',
      dueVoucher.id,
      'delete',
      'accounting_vouchers',
      '2025-01-01',
      'retention_period_expired',
    ),
    item(
      'customer',
      leftLongAgo.id,
      'delete',
      'customer_data',
      '2024-01-11',
      'retention_period_expired',
    ),
    item(
      'customer',
      withVoucher.id,
      'anonymise',
      'customer_data',
      '2025-07-01',
      'vouchers_still_kept',
    ),
    item(
      'customer',
      bothDue.id,
      'delete',
      'customer_data',
      '2020-03-02',
      'retention_period_expired',
    ),
    item(
      'customer',
      accuracyContested.id,
      'delete',
      'customer_data',
      '2023-01-11',
      'retention_period_expired',
    ),
    item(
      'marketing_contact',
      lapsedContact.id,
      'delete',
      'marketing_contact',
      '2025-05-11',
      'retention_period_expired',
    ),
    item(
      'marketing_contact',
      formerCustomerContact.id,
      'delete',
      'marketing_contact',
      '2024-01-02',
      'retention_period_expired',
    ),
  ];
  return {
    customers: {
      leftLongAgo,
      withVoucher,
      bothDue,
      leftRecently,
      ongoing,
      legalClaims,
      accuracyContested,
      heldCustomer,
    },
    invoices: { keptVoucher, dueVoucher, ongoingVoucher, heldVoucher },
    contacts: { lapsedContact, activeContact, customerContact, formerCustomerContact },
    accuracyRestriction,
    expected,
  };
}

function item(
  recordType: RetentionItem['recordType'],
  recordId: string,
  action: RetentionItem['action'],
  ruleId: string,
  deletableSince: string,
  reason: RetentionItem['reason'],
): RetentionItem {
  return {
    recordType,
    recordId,
    action,
    ruleId,
    deletableSince: deletableSince as RetentionItem['deletableSince'],
    reason,
  };
}

/** Items in a stable order, for comparing runs whose pages may interleave differently. */
export function sortItems<T extends { recordType: string; recordId: string }>(
  items: readonly T[],
): T[] {
  return [...items].sort((a, b) =>
    `${a.recordType}:${a.recordId}`.localeCompare(`${b.recordType}:${b.recordId}`),
  );
}

/** Row counts of every register table and the audit trail. */
export async function countRegisterRows(db: Db) {
  return {
    customers: await db.customer.count(),
    anonymisedCustomers: await db.customer.count({ where: { anonymizedAt: { not: null } } }),
    serviceOrders: await db.serviceOrder.count(),
    serviceOrderChanges: await db.serviceOrderChange.count(),
    invoices: await db.invoice.count(),
    invoiceLines: await db.invoiceLine.count(),
    marketingContacts: await db.marketingContact.count(),
    marketingPermissions: await db.marketingPermission.count(),
    marketingPermissionEvents: await db.marketingPermissionEvent.count(),
    activeRestrictions: await db.restriction.count({ where: { liftedAt: null } }),
    auditEntries: await db.auditEntry.count(),
  };
}
