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

export const marketingContactRule: MarketingContactRetentionRule = {
  id: 'marketing_contact',
  appliesTo: 'marketing_contact',
  rule: 'years_after_last_activity',
  years: 3,
};

export const inopeRules = [customerDataRule, accountingVoucherRule, marketingContactRule];
