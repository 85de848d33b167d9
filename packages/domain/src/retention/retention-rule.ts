import { z } from 'zod';

/** The kinds of records the retention job looks at. */
export const retentionRecordTypeSchema = z.enum(['customer', 'invoice', 'marketing_contact']);
export type RetentionRecordType = z.infer<typeof retentionRecordTypeSchema>;

const ruleIdSchema = z
  .string({ error: (issue) => (issue.input === undefined ? 'required' : 'expected an id') })
  .regex(/^[a-z][a-z0-9_]*$/, { error: 'expected an id of lower-case letters, digits and _' });

const yearsSchema = z
  .int({
    error: (issue) => (issue.input === undefined ? 'required' : 'expected a positive integer'),
  })
  .positive({ error: 'expected a positive integer' });

// A rule kind reads one fact of one record type, so the two must match.
const appliesToError = (rule: string, recordType: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'required' : `the rule ${rule} applies to ${recordType} records`;

const optionalLegalBasisSchema = z.string().trim().min(1).optional();

/**
 * The machine-readable part of a retention rule. Each rule kind says which
 * fact of a record starts the period, so the rule kind fixes the record type.
 */
export const retentionRuleSchema = z.discriminatedUnion('rule', [
  z.strictObject({
    id: ruleIdSchema,
    appliesTo: z.literal('customer', {
      error: appliesToError('years_after_relationship_end', 'customer'),
    }),
    rule: z.literal('years_after_relationship_end'),
    years: yearsSchema,
    legalBasis: optionalLegalBasisSchema,
  }),
  z.strictObject({
    id: ruleIdSchema,
    appliesTo: z.literal('invoice', {
      error: appliesToError('years_after_end_of_year_of_financial_year_end', 'invoice'),
    }),
    rule: z.literal('years_after_end_of_year_of_financial_year_end'),
    years: yearsSchema,
    legalBasis: optionalLegalBasisSchema,
  }),
  z.strictObject({
    id: ruleIdSchema,
    appliesTo: z.literal('marketing_contact', {
      error: appliesToError('years_after_last_activity', 'marketing_contact'),
    }),
    rule: z.literal('years_after_last_activity'),
    years: yearsSchema,
    legalBasis: optionalLegalBasisSchema,
  }),
  // The notice's own promise for the marketing register: a contact who is (or
  // was) a customer goes with the customer's data; other contacts have no
  // fixed period and are weighed at the two-yearly review.
  z.strictObject({
    id: ruleIdSchema,
    appliesTo: z.literal('marketing_contact', {
      error: appliesToError('years_after_customer_relationship_end', 'marketing_contact'),
    }),
    rule: z.literal('years_after_customer_relationship_end'),
    years: yearsSchema,
    legalBasis: optionalLegalBasisSchema,
  }),
]);

export type RetentionRule = z.infer<typeof retentionRuleSchema>;
export type RetentionRuleKind = RetentionRule['rule'];
export type CustomerRetentionRule = Extract<RetentionRule, { appliesTo: 'customer' }>;
export type InvoiceRetentionRule = Extract<RetentionRule, { appliesTo: 'invoice' }>;
export type MarketingContactRetentionRule = Extract<
  RetentionRule,
  { appliesTo: 'marketing_contact' }
>;
