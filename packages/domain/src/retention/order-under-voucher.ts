import { addLocalDays, addLocalMonths, type LocalDate } from '../calendar';
import { readLocalDate } from './read-local-date';

/**
 * Whether an ordered service underlies a voucher. Kirjanpitolaki 1336/1997
 * 2:10 keeps "muu kirjanpitoaineisto" — the documents a voucher rests on — as
 * long as the voucher itself: an order in force during the voucher's
 * financial year (ordered by the year's end and not ended before its start)
 * is such material. Financial years are taken as the twelve months ending on
 * `financialYearEnd`.
 */
export function isOrderUnderVoucher(
  order: { orderedOn: string; endsOn: string | null },
  voucher: { financialYearEnd: string },
): boolean {
  const yearEnd = readLocalDate(voucher.financialYearEnd, 'financialYearEnd');
  const yearStart: LocalDate = addLocalDays(addLocalMonths(yearEnd, -12), 1);
  const orderedOn = readLocalDate(order.orderedOn, 'orderedOn');
  const endsOn = order.endsOn === null ? null : readLocalDate(order.endsOn, 'endsOn');
  return orderedOn <= yearEnd && (endsOn === null || endsOn >= yearStart);
}
