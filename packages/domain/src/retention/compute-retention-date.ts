import { addDays, addYears, endOfYear } from 'date-fns';
import { toLocalDate, toUtcDate, type LocalDate } from './local-date';
import type {
  CustomerRetentionFacts,
  InvoiceRetentionFacts,
  MarketingContactRetentionFacts,
} from './retention-record';
import type {
  CustomerRetentionRule,
  InvoiceRetentionRule,
  MarketingContactRetentionRule,
  RetentionRule,
} from './retention-rule';

/** The facts a rule may read; each rule kind reads exactly one of them. */
export interface RetentionDateFacts {
  relationshipEndedOn?: LocalDate | null;
  financialYearEnd?: LocalDate;
  lastActivityOn?: LocalDate;
}

/**
 * The first day on which a record may be deleted under `rule`, or null when
 * that day cannot be known yet (the customer relationship has not ended).
 *
 * A period of N years "after" a day is counted the way EU periods are
 * (Regulation 1182/71 Art. 3(1) and 3(2)(c)): the starting day itself does not
 * count, and the period ends at the end of the same date N years later — or
 * on the last day of that month when the date does not exist (a start on
 * 29 February ends on 28 February). The record is kept through that last day
 * and is deletable from the next one.
 */
export function computeRetentionDate(
  rule: CustomerRetentionRule,
  facts: Pick<CustomerRetentionFacts, 'relationshipEndedOn'>,
): LocalDate | null;
export function computeRetentionDate(
  rule: InvoiceRetentionRule,
  facts: Pick<InvoiceRetentionFacts, 'financialYearEnd'>,
): LocalDate;
export function computeRetentionDate(
  rule: MarketingContactRetentionRule,
  facts: Pick<MarketingContactRetentionFacts, 'lastActivityOn'>,
): LocalDate;
export function computeRetentionDate(rule: RetentionRule, facts: RetentionDateFacts): LocalDate | null;
export function computeRetentionDate(rule: RetentionRule, facts: RetentionDateFacts): LocalDate | null {
  switch (rule.rule) {
    case 'years_after_relationship_end': {
      // The notice: customer data is deleted five years after the customer
      // relationship ended; while it lasts there is no deletion date.
      if (facts.relationshipEndedOn === undefined) throw missingFact(rule, 'relationshipEndedOn');
      if (facts.relationshipEndedOn === null) return null;
      return firstDayAfterYears(toUtcDate(facts.relationshipEndedOn, 'relationshipEndedOn'), rule.years);
    }
    case 'years_after_end_of_year_of_financial_year_end': {
      // Kirjanpitolaki (Accounting Act) 1336/1997 2:10: vouchers are kept at
      // least six years from the end of the calendar year in which the
      // financial year ended. A financial year ending 2020-06-30 ended in
      // 2020; that year ends 2020-12-31; six years on is 2026-12-31, so the
      // voucher is kept through 2026-12-31 and is deletable from 2027-01-01.
      if (facts.financialYearEnd === undefined) throw missingFact(rule, 'financialYearEnd');
      const financialYearEnd = toUtcDate(facts.financialYearEnd, 'financialYearEnd');
      return firstDayAfterYears(endOfYear(financialYearEnd), rule.years);
    }
    case 'years_after_last_activity': {
      // The controller's own rule for marketing contacts who are not customers.
      if (facts.lastActivityOn === undefined) throw missingFact(rule, 'lastActivityOn');
      return firstDayAfterYears(toUtcDate(facts.lastActivityOn, 'lastActivityOn'), rule.years);
    }
  }
}

function firstDayAfterYears(start: Date, years: number): LocalDate {
  // date-fns addYears clamps 29 February to 28 February in common years,
  // which is the Art. 3(2)(c) "last day of that month" outcome.
  return toLocalDate(addDays(addYears(start, years), 1));
}

function missingFact(rule: RetentionRule, fact: keyof RetentionDateFacts): TypeError {
  return new TypeError(`Retention rule ${rule.id} (${rule.rule}) needs the record's ${fact}`);
}
