import { describe, expect, it } from 'vitest';
import { doesRestrictionRequireKeeping } from './restriction-grounds';

describe('doesRestrictionRequireKeeping', () => {
  it.each([
    ['art18_1_a', 'customer', false],
    ['art18_1_b', 'customer', true],
    ['art18_1_c', 'invoice', true],
    ['art18_1_d', 'marketing_contact', false],
    ['legal_hold_17_3_b', 'customer', true],
    ['some_future_ground', 'customer', true],
  ] as const)('when the ground is %s on a %s, keeping is %s', (ground, recordType, expected) => {
    expect(doesRestrictionRequireKeeping(ground, recordType)).toBe(expected);
  });

  it('when an invoice carries the Art. 17(3)(b) voucher hold, the hold ends with the voucher period the invoice rule already enforces', () => {
    expect(doesRestrictionRequireKeeping('legal_hold_17_3_b', 'invoice')).toBe(false);
  });
});
