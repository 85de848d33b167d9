import type {
  CustomerRetentionRule,
  InvoiceRetentionRule,
  MarketingContactRetentionRule,
} from './retention-rule';

// The rules Inope Oy's notice states, as the tests use them.
export const customerDataRule: CustomerRetentionRule = {
  id: 'customer_data',
  appliesTo: 'customer',
  rule: 'years_after_relationship_end',
  years: 5,
};

export const accountingVoucherRule: InvoiceRetentionRule = {
  id: 'accounting_vouchers',
  appliesTo: 'invoice',
  rule: 'years_after_end_of_year_of_financial_year_end',
  years: 6,
  legalBasis: 'Kirjanpitolaki 1336/1997 2:10',
};

/** A controller's own period after the last contact: an opt-in setting, off for Inope Oy. */
export const marketingContactRule: MarketingContactRetentionRule = {
  id: 'marketing_contact',
  appliesTo: 'marketing_contact',
  rule: 'years_after_last_activity',
  years: 3,
};

export const inopeRules = [customerDataRule, accountingVoucherRule, marketingContactRule];

/** What Inope Oy's notice says: a customer's contact goes with the customer's data. */
const noticeMarketingRule: MarketingContactRetentionRule = {
  id: 'marketing_contact',
  appliesTo: 'marketing_contact',
  rule: 'years_after_customer_relationship_end',
  years: 5,
};

export const noticeRules = [customerDataRule, accountingVoucherRule, noticeMarketingRule];
