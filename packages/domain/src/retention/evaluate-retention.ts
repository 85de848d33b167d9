import { computeRetentionDate } from './compute-retention-date';
import type { LocalDate } from '../calendar';
import { readLocalDate } from './read-local-date';
import type {
  MarketingContactRetentionFacts,
  RestrictionFacts,
  RetentionRecords,
} from './retention-record';
import type { RetentionRecordType, RetentionRule } from './retention-rule';

export type RetentionReasonCode =
  /** The retention period is over and nothing else holds the record. */
  | 'retention_period_expired'
  /** The retention period has not ended yet; `deleteOn` says when it does. */
  | 'retention_period_running'
  /** The customer relationship is ongoing, so no period has started. */
  | 'customer_relationship_ongoing'
  /** The period is over, but an Art. 18 restriction requires keeping the data. */
  | 'restriction_requires_keeping'
  /**
   * No period runs: the contact is not a customer's and the notice sets no
   * period of its own for it; the two-yearly review decides (GDPR Art. 5(1)(e)).
   */
  | 'awaiting_review';

export interface RetentionDecision {
  recordType: RetentionRecordType;
  recordId: string;
  action: 'delete' | 'keep';
  /** First day the governing rule allows deletion; absent while it cannot be known. */
  deleteOn?: LocalDate;
  reason: { code: RetentionReasonCode; ruleId: string };
}

export interface EvaluateRetentionInput {
  rules: readonly RetentionRule[];
  records: RetentionRecords;
  /** The controller's current calendar date (Europe/Helsinki), injected by the caller. */
  today: string;
}

/**
 * Decides, for every record, whether the retention job may delete it today.
 *
 * An invoice is both an accounting voucher and billing data of its customer:
 * it is kept until the later of the voucher period (Kirjanpitolaki 1336/1997
 * 2:10) and its customer's own period, so vouchers outlive the customer's
 * five-year deletion and GDPR Art. 17(3)(b) is honoured. Only when the
 * customer record is no longer among `records` does the voucher rule alone
 * apply.
 */
export function evaluateRetention(input: EvaluateRetentionInput): RetentionDecision[] {
  const { rules, records } = input;
  const today = readLocalDate(input.today, 'today');
  const customers = records.customers ?? [];
  const invoices = records.invoices ?? [];
  const marketingContacts = records.marketingContacts ?? [];
  const customersById = new Map(customers.map((customer) => [customer.id, customer]));
  const decisions: RetentionDecision[] = [];

  if (customers.length > 0) {
    const rule = findRule(rules, 'customer');
    for (const customer of customers) {
      decisions.push(
        decide(
          'customer',
          customer.id,
          computeRetentionDate(rule, customer),
          rule.id,
          customer,
          today,
        ),
      );
    }
  }

  if (invoices.length > 0) {
    const voucherRule = findRule(rules, 'invoice');
    for (const invoice of invoices) {
      let deleteOn: LocalDate | null = computeRetentionDate(voucherRule, invoice);
      let ruleId = voucherRule.id;
      const customer = customersById.get(invoice.customerId);
      if (customer) {
        const customerRule = findRule(rules, 'customer');
        const customerDeleteOn = computeRetentionDate(customerRule, customer);
        if (customerDeleteOn === null || customerDeleteOn > deleteOn) {
          deleteOn = customerDeleteOn;
          ruleId = customerRule.id;
        }
      }
      decisions.push(decide('invoice', invoice.id, deleteOn, ruleId, invoice, today));
    }
  }

  if (marketingContacts.length > 0) {
    const rule = findRule(rules, 'marketing_contact');
    const customerRule = findRule(rules, 'customer');
    for (const contact of marketingContacts) {
      decisions.push(decideMarketingContact(rule, customerRule, contact, today));
    }
  }

  return decisions;
}

/**
 * The notice promises that a person's data goes at the latest five years after
 * their customer relationship ended; a former customer's marketing contact
 * goes with it. A contact who is a current customer is kept while the
 * relationship lasts. A controller's own period after the last contact
 * (`years_after_last_activity`, off for Inope Oy) can only make it earlier.
 */
function decideMarketingContact(
  rule: Extract<RetentionRule, { appliesTo: 'marketing_contact' }>,
  customerRule: Extract<RetentionRule, { appliesTo: 'customer' }>,
  contact: MarketingContactRetentionFacts,
  today: LocalDate,
): RetentionDecision {
  if (contact.hasCustomerRelationship) {
    return decide('marketing_contact', contact.id, null, rule.id, contact, today);
  }
  const endedOn = contact.customerRelationshipEndedOn ?? null;
  const withCustomer =
    endedOn === null
      ? null
      : computeRetentionDate(
          rule.rule === 'years_after_customer_relationship_end' ? rule : customerRule,
          { relationshipEndedOn: endedOn },
        );
  const ownPeriod =
    rule.rule === 'years_after_last_activity' ? computeRetentionDate(rule, contact) : null;
  const candidates = [withCustomer, ownPeriod].filter((d): d is LocalDate => d !== null);
  if (candidates.length === 0) {
    return {
      recordType: 'marketing_contact',
      recordId: contact.id,
      action: 'keep',
      reason: { code: 'awaiting_review', ruleId: rule.id },
    };
  }
  const deleteOn = candidates.reduce((a, b) => (a < b ? a : b));
  const ruleId =
    deleteOn === ownPeriod || rule.rule === 'years_after_customer_relationship_end'
      ? rule.id
      : customerRule.id;
  return decide('marketing_contact', contact.id, deleteOn, ruleId, contact, today);
}

function decide(
  recordType: RetentionRecordType,
  recordId: string,
  deleteOn: LocalDate | null,
  ruleId: string,
  restriction: Partial<RestrictionFacts>,
  today: LocalDate,
): RetentionDecision {
  if (deleteOn === null) {
    return {
      recordType,
      recordId,
      action: 'keep',
      reason: { code: 'customer_relationship_ongoing', ruleId },
    };
  }
  // Both are validated YYYY-MM-DD strings, which sort like the dates they name.
  if (today < deleteOn) {
    return {
      recordType,
      recordId,
      action: 'keep',
      deleteOn,
      reason: { code: 'retention_period_running', ruleId },
    };
  }
  // GDPR Art. 18(1)(b)-(c), 18(2): restricted data may still be stored, and
  // must be when the restriction's ground needs it, even past retention.
  if (
    restriction.hasActiveRestriction === true &&
    restriction.restrictionRequiresKeeping === true
  ) {
    return {
      recordType,
      recordId,
      action: 'keep',
      deleteOn,
      reason: { code: 'restriction_requires_keeping', ruleId },
    };
  }
  return {
    recordType,
    recordId,
    action: 'delete',
    deleteOn,
    reason: { code: 'retention_period_expired', ruleId },
  };
}

function findRule<T extends RetentionRecordType>(
  rules: readonly RetentionRule[],
  recordType: T,
): Extract<RetentionRule, { appliesTo: T }> {
  const matching = rules.filter(
    (rule): rule is Extract<RetentionRule, { appliesTo: T }> => rule.appliesTo === recordType,
  );
  if (matching.length !== 1) {
    // A configuration error the register description schema already rejects;
    // never guess which period applies to personal data.
    throw new Error(
      `Expected exactly one retention rule for ${recordType} records, found ${matching.length}` +
        (matching.length > 0 ? ` (${matching.map((rule) => rule.id).join(', ')})` : ''),
    );
  }
  return matching[0]!;
}
