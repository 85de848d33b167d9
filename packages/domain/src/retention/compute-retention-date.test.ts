import { describe, expect, it } from 'vitest';
import { computeRetentionDate } from './compute-retention-date';
import {
  accountingVoucherRule,
  customerDataRule,
  marketingContactRule,
} from './retention-rules.fixture';

describe('computeRetentionDate for customer data (five years after the relationship ends)', () => {
  it('when the relationship ended on 15 March 2020, the data is deletable from 16 March 2025', () => {
    expect(computeRetentionDate(customerDataRule, { relationshipEndedOn: '2020-03-15' })).toBe(
      '2025-03-16',
    );
  });

  it('when the relationship is ongoing, there is no deletion date yet', () => {
    expect(computeRetentionDate(customerDataRule, { relationshipEndedOn: null })).toBeNull();
  });

  it('when the relationship ended on a leap day, the period ends on 28 February and deletion starts on 1 March', () => {
    expect(computeRetentionDate(customerDataRule, { relationshipEndedOn: '2020-02-29' })).toBe(
      '2025-03-01',
    );
  });

  it('when the period ends on 28 February of a leap year, the data is deletable on the leap day', () => {
    expect(computeRetentionDate(customerDataRule, { relationshipEndedOn: '2019-02-28' })).toBe(
      '2024-02-29',
    );
  });

  it('when the end date is not a real date, it throws instead of guessing', () => {
    expect(() =>
      computeRetentionDate(customerDataRule, { relationshipEndedOn: '2023-02-29' }),
    ).toThrow(/relationshipEndedOn: expected a date written YYYY-MM-DD, got "2023-02-29"/);
  });
});

describe('computeRetentionDate for accounting vouchers (Kirjanpitolaki 1336/1997 2:10)', () => {
  it.each([
    // financial year end, first deletable day
    ['2020-06-30', '2027-01-01'],
    ['2020-12-31', '2027-01-01'],
    ['2020-01-31', '2027-01-01'],
    ['2021-01-31', '2028-01-01'],
    ['2024-02-29', '2031-01-01'],
  ])(
    'when the financial year ended on %s, the voucher is kept through the sixth following year end and deletable from %s',
    (financialYearEnd, deletableFrom) => {
      expect(computeRetentionDate(accountingVoucherRule, { financialYearEnd })).toBe(deletableFrom);
    },
  );
});

describe('computeRetentionDate for marketing contacts (the controller’s own rule)', () => {
  it('when the last activity was on 10 May 2022 and the rule is three years, the contact is deletable from 11 May 2025', () => {
    expect(computeRetentionDate(marketingContactRule, { lastActivityOn: '2022-05-10' })).toBe(
      '2025-05-11',
    );
  });

  it('when the configured period is changed to two years, the date follows the configuration', () => {
    expect(
      computeRetentionDate({ ...marketingContactRule, years: 2 }, { lastActivityOn: '2022-05-10' }),
    ).toBe('2024-05-11');
  });

  it('when the fact the rule needs is missing, it throws naming the rule and the fact', () => {
    expect(() => computeRetentionDate(marketingContactRule, {})).toThrow(
      "Retention rule marketing_contact (years_after_last_activity) needs the record's lastActivityOn",
    );
  });
});
