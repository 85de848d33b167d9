import {
  addLocalDays,
  addLocalMonths,
  localDateFromParts,
  localDateParts,
  type LocalDate,
} from '../calendar';
import { readLocalDate } from './read-local-date';
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

/** The facts a rule may read (`YYYY-MM-DD`); each rule kind reads exactly one of them. */
export interface RetentionDateFacts {
  relationshipEndedOn?: string | null;
  financialYearEnd?: string;
  lastActivityOn?: string;
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
  rule: Extract<MarketingContactRetentionRule, { rule: 'years_after_last_activity' }>,
  facts: Pick<MarketingContactRetentionFacts, 'lastActivityOn'>,
): LocalDate;
export function computeRetentionDate(
  rule: RetentionRule,
  facts: RetentionDateFacts,
): LocalDate | null;
export function computeRetentionDate(
  rule: RetentionRule,
  facts: RetentionDateFacts,
): LocalDate | null {
  switch (rule.rule) {
    case 'years_after_relationship_end': {
      // The notice: customer data is deleted five years after the customer
      // relationship ended; while it lasts there is no deletion date.
      if (facts.relationshipEndedOn === undefined) throw missingFact(rule, 'relationshipEndedOn');
      if (facts.relationshipEndedOn === null) return null;
      return firstDayAfterYears(
        readLocalDate(facts.relationshipEndedOn, 'relationshipEndedOn'),
        rule.years,
      );
    }
    case 'years_after_end_of_year_of_financial_year_end': {
      // Kirjanpitolaki (Accounting Act) 1336/1997 2:10: vouchers are kept at
      // least six years from the end of the calendar year in which the
      // financial year ended. A financial year ending 2020-06-30 ended in
      // 2020; that year ends 2020-12-31; six years on is 2026-12-31, so the
      // voucher is kept through 2026-12-31 and is deletable from 2027-01-01.
      if (facts.financialYearEnd === undefined) throw missingFact(rule, 'financialYearEnd');
      const { year } = localDateParts(readLocalDate(facts.financialYearEnd, 'financialYearEnd'));
      return firstDayAfterYears(localDateFromParts(year, 12, 31), rule.years);
    }
    case 'years_after_customer_relationship_end': {
      // A marketing contact of a former customer: the customer's period.
      // Without an ended relationship there is no date (kept, reviewed).
      if (facts.relationshipEndedOn === undefined || facts.relationshipEndedOn === null) {
        return null;
      }
      return firstDayAfterYears(
        readLocalDate(facts.relationshipEndedOn, 'relationshipEndedOn'),
        rule.years,
      );
    }
    case 'years_after_last_activity': {
      // The controller's own rule for marketing contacts who are not customers.
      if (facts.lastActivityOn === undefined) throw missingFact(rule, 'lastActivityOn');
      return firstDayAfterYears(readLocalDate(facts.lastActivityOn, 'lastActivityOn'), rule.years);
    }
  }
}

function firstDayAfterYears(start: LocalDate, years: number): LocalDate {
  // Whole years as months: 29 February plus a number of years lands on
  // 28 February in a common year, the Art. 3(2)(c) "last day of that month".
  return addLocalDays(addLocalMonths(start, years * 12), 1);
}

function missingFact(rule: RetentionRule, fact: keyof RetentionDateFacts): TypeError {
  return new TypeError(`Retention rule ${rule.id} (${rule.rule}) needs the record's ${fact}`);
}
