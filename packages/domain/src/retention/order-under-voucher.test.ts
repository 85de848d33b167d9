import { describe, expect, it } from 'vitest';
import { isOrderUnderVoucher } from './order-under-voucher';

describe('isOrderUnderVoucher', () => {
  const voucher = { financialYearEnd: '2024-12-31' };

  it('when the order ran during the voucher’s financial year, it underlies the voucher', () => {
    expect(isOrderUnderVoucher({ orderedOn: '2019-02-01', endsOn: '2024-06-30' }, voucher)).toBe(
      true,
    );
    expect(isOrderUnderVoucher({ orderedOn: '2024-12-31', endsOn: null }, voucher)).toBe(true);
    expect(isOrderUnderVoucher({ orderedOn: '2020-01-01', endsOn: '2024-01-01' }, voucher)).toBe(
      true,
    );
  });

  it('when the order ended before the year began or was ordered after it ended, it does not', () => {
    expect(isOrderUnderVoucher({ orderedOn: '2019-02-01', endsOn: '2023-12-31' }, voucher)).toBe(
      false,
    );
    expect(isOrderUnderVoucher({ orderedOn: '2025-01-01', endsOn: null }, voucher)).toBe(false);
  });
});
