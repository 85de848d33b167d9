import type { RetentionRecordType } from '@oikeus/domain';
import type { RetentionItem, RetentionKept } from './retention-item';

/** Counts per record type: what was deleted or anonymised, and what was kept and why. */
export interface RetentionTotals {
  deleted: Record<RetentionRecordType, number>;
  anonymised: Record<RetentionRecordType, number>;
  kept: Record<RetentionRecordType, Record<string, number>>;
}

export function emptyRetentionTotals(): RetentionTotals {
  const zero = () => ({ customer: 0, invoice: 0, marketing_contact: 0 });
  return {
    deleted: zero(),
    anonymised: zero(),
    kept: { customer: {}, invoice: {}, marketing_contact: {} },
  };
}

export function addToRetentionTotals(
  totals: RetentionTotals,
  items: readonly RetentionItem[],
  kept: readonly RetentionKept[],
): void {
  for (const item of items) {
    const bucket = item.action === 'delete' ? totals.deleted : totals.anonymised;
    bucket[item.recordType] += 1;
  }
  for (const { recordType, reason } of kept) {
    const byReason = totals.kept[recordType];
    byReason[reason] = (byReason[reason] ?? 0) + 1;
  }
}

export function countDeleted(totals: RetentionTotals): number {
  return totals.deleted.customer + totals.deleted.invoice + totals.deleted.marketing_contact;
}

export function countAnonymised(totals: RetentionTotals): number {
  return (
    totals.anonymised.customer + totals.anonymised.invoice + totals.anonymised.marketing_contact
  );
}
