import { describe, expect, it } from 'vitest';
import { InvalidDateError } from '../calendar';
import { evaluateRetention } from './evaluate-retention';
import type {
  CustomerRetentionFacts,
  InvoiceRetentionFacts,
  MarketingContactRetentionFacts,
} from './retention-record';
import {
  accountingVoucherRule,
  customerDataRule,
  inopeRules,
  marketingContactRule,
  noticeRules,
} from './retention-rules.fixture';

let sequence = 0;
const nextId = (prefix: string) => `${prefix}-${++sequence}`;

function buildCustomer(overrides: Partial<CustomerRetentionFacts> = {}): CustomerRetentionFacts {
  return {
    id: nextId('customer'),
    relationshipEndedOn: null,
    hasActiveRestriction: false,
    restrictionRequiresKeeping: false,
    ...overrides,
  };
}

function buildInvoice(
  overrides: Partial<InvoiceRetentionFacts> & Pick<InvoiceRetentionFacts, 'customerId'>,
): InvoiceRetentionFacts {
  return { id: nextId('invoice'), financialYearEnd: '2020-12-31', ...overrides };
}

function buildMarketingContact(
  overrides: Partial<MarketingContactRetentionFacts> = {},
): MarketingContactRetentionFacts {
  return {
    id: nextId('contact'),
    lastActivityOn: '2022-05-10',
    hasCustomerRelationship: false,
    ...overrides,
  };
}

describe('evaluateRetention', () => {
  it('when a customer left in mid-2020, on 15 January 2026 the customer is deleted but the voucher of their last invoice is kept until 2027', () => {
    const customer = buildCustomer({ relationshipEndedOn: '2020-06-30' });
    const invoice = buildInvoice({ customerId: customer.id, financialYearEnd: '2020-12-31' });

    const decisions = evaluateRetention({
      rules: inopeRules,
      records: { customers: [customer], invoices: [invoice] },
      today: '2026-01-15',
    });

    expect(decisions).toEqual([
      {
        recordType: 'customer',
        recordId: customer.id,
        action: 'delete',
        deleteOn: '2025-07-01',
        reason: { code: 'retention_period_expired', ruleId: 'customer_data' },
      },
      {
        recordType: 'invoice',
        recordId: invoice.id,
        action: 'keep',
        deleteOn: '2027-01-01',
        reason: { code: 'retention_period_running', ruleId: 'accounting_vouchers' },
      },
    ]);
  });

  it('when the customer record is already gone, its voucher is kept through 31 December 2026 and deleted from 1 January 2027', () => {
    const invoice = buildInvoice({
      customerId: 'deleted-customer',
      financialYearEnd: '2020-06-30',
    });
    const evaluateOn = (today: string) =>
      evaluateRetention({ rules: inopeRules, records: { invoices: [invoice] }, today });

    expect(evaluateOn('2026-12-31')).toEqual([
      expect.objectContaining({ action: 'keep', deleteOn: '2027-01-01' }),
    ]);
    expect(evaluateOn('2027-01-01')).toEqual([
      {
        recordType: 'invoice',
        recordId: invoice.id,
        action: 'delete',
        deleteOn: '2027-01-01',
        reason: { code: 'retention_period_expired', ruleId: 'accounting_vouchers' },
      },
    ]);
  });

  it('when five years have not fully passed since the relationship ended, the customer is kept until the day after the anniversary', () => {
    const customer = buildCustomer({ relationshipEndedOn: '2020-06-30' });
    const evaluateOn = (today: string) =>
      evaluateRetention({ rules: inopeRules, records: { customers: [customer] }, today })[0];

    expect(evaluateOn('2025-06-30')).toMatchObject({
      action: 'keep',
      deleteOn: '2025-07-01',
      reason: { code: 'retention_period_running', ruleId: 'customer_data' },
    });
    expect(evaluateOn('2025-07-01')).toMatchObject({ action: 'delete', deleteOn: '2025-07-01' });
  });

  it('when the customer relationship is ongoing, the customer and even their old vouchers are kept without a deletion date', () => {
    const customer = buildCustomer({ relationshipEndedOn: null });
    const oldInvoice = buildInvoice({ customerId: customer.id, financialYearEnd: '2010-12-31' });

    const decisions = evaluateRetention({
      rules: inopeRules,
      records: { customers: [customer], invoices: [oldInvoice] },
      today: '2026-01-15',
    });

    expect(decisions).toEqual([
      {
        recordType: 'customer',
        recordId: customer.id,
        action: 'keep',
        reason: { code: 'customer_relationship_ongoing', ruleId: 'customer_data' },
      },
      {
        recordType: 'invoice',
        recordId: oldInvoice.id,
        action: 'keep',
        reason: { code: 'customer_relationship_ongoing', ruleId: 'customer_data' },
      },
    ]);
  });

  it('when an old voucher belongs to a customer who left recently, the voucher waits for the customer’s later date', () => {
    const customer = buildCustomer({ relationshipEndedOn: '2024-03-01' });
    const oldInvoice = buildInvoice({ customerId: customer.id, financialYearEnd: '2015-12-31' });

    const [, invoiceDecision] = evaluateRetention({
      rules: inopeRules,
      records: { customers: [customer], invoices: [oldInvoice] },
      today: '2026-01-15',
    });

    expect(invoiceDecision).toEqual({
      recordType: 'invoice',
      recordId: oldInvoice.id,
      action: 'keep',
      deleteOn: '2029-03-02',
      reason: { code: 'retention_period_running', ruleId: 'customer_data' },
    });
  });

  it('when a restriction requires keeping a customer whose period is over, the customer is kept and the reason says so', () => {
    const restricted = buildCustomer({
      relationshipEndedOn: '2018-01-10',
      hasActiveRestriction: true,
      restrictionRequiresKeeping: true,
    });
    const restrictedForAccuracyOnly = buildCustomer({
      relationshipEndedOn: '2018-01-10',
      hasActiveRestriction: true,
      restrictionRequiresKeeping: false,
    });

    const decisions = evaluateRetention({
      rules: inopeRules,
      records: { customers: [restricted, restrictedForAccuracyOnly] },
      today: '2026-01-15',
    });

    expect(decisions).toEqual([
      {
        recordType: 'customer',
        recordId: restricted.id,
        action: 'keep',
        deleteOn: '2023-01-11',
        reason: { code: 'restriction_requires_keeping', ruleId: 'customer_data' },
      },
      {
        recordType: 'customer',
        recordId: restrictedForAccuracyOnly.id,
        action: 'delete',
        deleteOn: '2023-01-11',
        reason: { code: 'retention_period_expired', ruleId: 'customer_data' },
      },
    ]);
  });

  it('when a restricted voucher’s period is over, it is kept and the reason names the restriction', () => {
    const invoice = buildInvoice({
      customerId: 'gone',
      financialYearEnd: '2015-12-31',
      hasActiveRestriction: true,
      restrictionRequiresKeeping: true,
    });

    expect(
      evaluateRetention({
        rules: inopeRules,
        records: { invoices: [invoice] },
        today: '2026-01-15',
      }),
    ).toEqual([
      {
        recordType: 'invoice',
        recordId: invoice.id,
        action: 'keep',
        deleteOn: '2022-01-01',
        reason: { code: 'restriction_requires_keeping', ruleId: 'accounting_vouchers' },
      },
    ]);
  });

  it('when the deletion day is a leap day, the record is deleted on 29 February and not before', () => {
    const endedOnEveOfLeapYear = buildCustomer({ relationshipEndedOn: '2019-02-28' });
    const endedOnFirstOfMarch = buildCustomer({ relationshipEndedOn: '2019-03-01' });
    const evaluateOn = (today: string) =>
      evaluateRetention({
        rules: inopeRules,
        records: { customers: [endedOnEveOfLeapYear, endedOnFirstOfMarch] },
        today,
      }).map(({ recordId, action, deleteOn }) => ({ recordId, action, deleteOn }));

    expect(evaluateOn('2024-02-28')).toEqual([
      { recordId: endedOnEveOfLeapYear.id, action: 'keep', deleteOn: '2024-02-29' },
      { recordId: endedOnFirstOfMarch.id, action: 'keep', deleteOn: '2024-03-02' },
    ]);
    expect(evaluateOn('2024-02-29')).toEqual([
      { recordId: endedOnEveOfLeapYear.id, action: 'delete', deleteOn: '2024-02-29' },
      { recordId: endedOnFirstOfMarch.id, action: 'keep', deleteOn: '2024-03-02' },
    ]);
  });

  it('when a relationship ended on a leap day, the customer is kept through 28 February five years later and deleted on 1 March', () => {
    const customer = buildCustomer({ relationshipEndedOn: '2020-02-29' });
    const evaluateOn = (today: string) =>
      evaluateRetention({ rules: inopeRules, records: { customers: [customer] }, today })[0];

    expect(evaluateOn('2025-02-28')).toMatchObject({ action: 'keep', deleteOn: '2025-03-01' });
    expect(evaluateOn('2025-03-01')).toMatchObject({ action: 'delete', deleteOn: '2025-03-01' });
  });

  it('when a marketing contact has no customer relationship, the configured rule decides; when it has one, it is kept', () => {
    const lapsed = buildMarketingContact({ lastActivityOn: '2022-05-10' });
    const recent = buildMarketingContact({ lastActivityOn: '2023-09-01' });
    const customerToo = buildMarketingContact({
      lastActivityOn: '2015-01-01',
      hasCustomerRelationship: true,
    });

    const decisions = evaluateRetention({
      rules: inopeRules,
      records: { marketingContacts: [lapsed, recent, customerToo] },
      today: '2025-05-11',
    });

    expect(decisions).toEqual([
      {
        recordType: 'marketing_contact',
        recordId: lapsed.id,
        action: 'delete',
        deleteOn: '2025-05-11',
        reason: { code: 'retention_period_expired', ruleId: 'marketing_contact' },
      },
      {
        recordType: 'marketing_contact',
        recordId: recent.id,
        action: 'keep',
        deleteOn: '2026-09-02',
        reason: { code: 'retention_period_running', ruleId: 'marketing_contact' },
      },
      {
        recordType: 'marketing_contact',
        recordId: customerToo.id,
        action: 'keep',
        reason: { code: 'customer_relationship_ongoing', ruleId: 'marketing_contact' },
      },
    ]);
  });

  it('when no rule covers a record type that has records, it throws rather than guessing', () => {
    expect(() =>
      evaluateRetention({
        rules: [customerDataRule, accountingVoucherRule],
        records: { marketingContacts: [buildMarketingContact()] },
        today: '2025-01-01',
      }),
    ).toThrow('Expected exactly one retention rule for marketing_contact records, found 0');
  });

  it('when two rules cover the same record type, it throws naming both', () => {
    expect(() =>
      evaluateRetention({
        rules: [marketingContactRule, { ...marketingContactRule, id: 'marketing_contact_v2' }],
        records: { marketingContacts: [buildMarketingContact()] },
        today: '2025-01-01',
      }),
    ).toThrow('found 2 (marketing_contact, marketing_contact_v2)');
  });

  it('when today is not a real date, it throws', () => {
    expect(() =>
      evaluateRetention({ rules: inopeRules, records: {}, today: '2025-13-01' }),
    ).toThrow(new InvalidDateError('today: expected a date written YYYY-MM-DD, got "2025-13-01"'));
  });

  it('when there are no records, there are no decisions', () => {
    expect(evaluateRetention({ rules: [], records: {}, today: '2025-01-01' })).toEqual([]);
  });

  it('under the notice, a former customer’s contact goes five years after the relationship ended, a current customer’s is kept, and a contact with no customer waits for the review', () => {
    const former = buildMarketingContact({
      lastActivityOn: '2025-01-01',
      customerRelationshipEndedOn: '2022-06-30',
    });
    const current = buildMarketingContact({
      lastActivityOn: '2010-01-01',
      hasCustomerRelationship: true,
    });
    const subscriber = buildMarketingContact({ lastActivityOn: '2010-01-01' });

    const decisions = evaluateRetention({
      rules: noticeRules,
      records: { marketingContacts: [former, current, subscriber] },
      today: '2028-09-01',
    });

    expect(decisions.map((d) => [d.action, d.deleteOn, d.reason.code])).toEqual([
      ['delete', '2027-07-01', 'retention_period_expired'],
      ['keep', undefined, 'customer_relationship_ongoing'],
      ['keep', undefined, 'awaiting_review'],
    ]);
    expect(
      evaluateRetention({
        rules: noticeRules,
        records: { marketingContacts: [former] },
        today: '2027-06-30',
      })[0],
    ).toMatchObject({ action: 'keep', deleteOn: '2027-07-01' });
  });

  it('with a controller’s own period after the last contact, a former customer’s contact still goes with the customer at the latest', () => {
    const former = buildMarketingContact({
      lastActivityOn: '2026-01-01',
      customerRelationshipEndedOn: '2022-06-30',
    });
    const [decision] = evaluateRetention({
      rules: inopeRules,
      records: { marketingContacts: [former] },
      today: '2027-07-01',
    });
    expect(decision).toMatchObject({
      action: 'delete',
      deleteOn: '2027-07-01',
      reason: { ruleId: 'customer_data' },
    });
  });
});
