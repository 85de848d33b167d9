import {
  PORTAL_RECORD_TYPES,
  type LocalDate,
  type PortalRecordType,
  type RetentionRecordType,
} from '@oikeus/domain';
import type { RetentionItem, RetentionKept } from './retention-item';

/** One kind of the portal's own records: what went (or would), what stays, and the dates. */
export interface PortalTally {
  deleted: number;
  kept: Record<string, number>;
  /**
   * Earliest and latest first-deletable day of what went (or would). For the
   * audit trail, which is never deleted, the first day its oldest entry was
   * past the period.
   */
  firstDeletableSince: LocalDate | null;
  lastDeletableSince: LocalDate | null;
  /** The nearest day a kept record becomes deletable, when one is known. */
  nextDeletableOn: LocalDate | null;
}

/** Counts per record type: what was deleted or anonymised, and what was kept and why. */
export interface RetentionTotals {
  deleted: Record<RetentionRecordType, number>;
  anonymised: Record<RetentionRecordType, number>;
  kept: Record<RetentionRecordType, Record<string, number>>;
  /** The portal's own records (the notice's processing "handling data-subject requests"). */
  portal: Record<PortalRecordType, PortalTally>;
}

export function emptyRetentionTotals(): RetentionTotals {
  const zero = () => ({ customer: 0, invoice: 0, marketing_contact: 0 });
  return {
    deleted: zero(),
    anonymised: zero(),
    kept: { customer: {}, invoice: {}, marketing_contact: {} },
    portal: Object.fromEntries(
      PORTAL_RECORD_TYPES.map((type) => [
        type,
        {
          deleted: 0,
          kept: {},
          firstDeletableSince: null,
          lastDeletableSince: null,
          nextDeletableOn: null,
        },
      ]),
    ) as Record<PortalRecordType, PortalTally>,
  };
}

const isPortalType = (type: string): type is PortalRecordType =>
  (PORTAL_RECORD_TYPES as readonly string[]).includes(type);

type PortalKept = Extract<RetentionKept, { recordType: PortalRecordType }>;
const isPortalKept = (entry: RetentionKept): entry is PortalKept => isPortalType(entry.recordType);

const earlier = (a: LocalDate | null, b: LocalDate): LocalDate => (a === null || b < a ? b : a);
const later = (a: LocalDate | null, b: LocalDate): LocalDate => (a === null || b > a ? b : a);

export function addToRetentionTotals(
  totals: RetentionTotals,
  items: readonly RetentionItem[],
  kept: readonly RetentionKept[],
): void {
  for (const item of items) {
    if (isPortalType(item.recordType)) {
      const tally = totals.portal[item.recordType];
      tally.deleted += 1;
      tally.firstDeletableSince = earlier(tally.firstDeletableSince, item.deletableSince);
      tally.lastDeletableSince = later(tally.lastDeletableSince, item.deletableSince);
      continue;
    }
    const bucket = item.action === 'delete' ? totals.deleted : totals.anonymised;
    bucket[item.recordType] += 1;
  }
  for (const entry of kept) {
    if (isPortalKept(entry)) {
      const portalEntry = entry;
      const tally = totals.portal[portalEntry.recordType];
      const n = portalEntry.count ?? 1;
      if (n === 0) continue;
      tally.kept[portalEntry.reason] = (tally.kept[portalEntry.reason] ?? 0) + n;
      if (portalEntry.deletableOn === undefined) continue;
      if (portalEntry.reason === 'append_only_audit_trail') {
        tally.firstDeletableSince = earlier(tally.firstDeletableSince, portalEntry.deletableOn);
      } else {
        tally.nextDeletableOn = earlier(tally.nextDeletableOn, portalEntry.deletableOn);
      }
      continue;
    }
    const byReason = totals.kept[entry.recordType];
    byReason[entry.reason] = (byReason[entry.reason] ?? 0) + 1;
  }
}

/** Every record deleted: register records and the portal's own. */
export function countDeleted(totals: RetentionTotals): number {
  return (
    totals.deleted.customer +
    totals.deleted.invoice +
    totals.deleted.marketing_contact +
    PORTAL_RECORD_TYPES.reduce((n, type) => n + totals.portal[type].deleted, 0)
  );
}

export function countAnonymised(totals: RetentionTotals): number {
  return (
    totals.anonymised.customer + totals.anonymised.invoice + totals.anonymised.marketing_contact
  );
}
