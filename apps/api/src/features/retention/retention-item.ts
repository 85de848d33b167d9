import type {
  LocalDate,
  PortalRecordType,
  RetentionReasonCode,
  RetentionRecordType,
} from '@oikeus/domain';

/** A register record (the description's rules) or one of the portal's own (its settings). */
export type AnyRetentionRecordType = RetentionRecordType | PortalRecordType;

/** Why the job deletes or anonymises a record. */
export type RetentionItemReason =
  /** The record's retention period is over and no restriction holds it. */
  | 'retention_period_expired'
  /**
   * The customer's own period is over but accounting vouchers still need the
   * row (Kirjanpitolaki 1336/1997 2:10, GDPR Art. 17(3)(b)): it is anonymised
   * now and deleted by a later run once no voucher remains.
   */
  | 'vouchers_still_kept'
  /** An anonymised customer row whose last voucher is gone: nothing needs it any more. */
  | 'anonymised_without_vouchers'
  /** A file sent on a request that has closed: the notice keeps no file past closing. */
  | 'request_closed';

/** One record the run deletes or anonymises (or, in a dry run, would). */
export interface RetentionItem {
  recordType: AnyRetentionRecordType;
  recordId: string;
  action: 'delete' | 'anonymise';
  /** Id of the register description rule that decided it (`portal.<type>` for the portal's own). */
  ruleId: string;
  /** First day the rule allowed it. */
  deletableSince: LocalDate;
  reason: RetentionItemReason;
}

/** Why a record was kept: the engine's reason, or that an anonymised row still anchors vouchers. */
export type RetentionKeptReason =
  Exclude<RetentionReasonCode, 'retention_period_expired'> | 'awaiting_vouchers';

/** Why one of the portal's own records was kept. */
export type PortalKeptReason =
  | 'retention_period_running'
  /** Its request is still open: its period has not started. */
  | 'request_open'
  /** An account that still has requests goes only after the last of them. */
  | 'account_has_requests'
  /** The period is over, but the audit trail is append-only: never deleted by this job. */
  | 'append_only_audit_trail';

export type RetentionKept =
  | { recordType: RetentionRecordType; reason: RetentionKeptReason }
  | {
      recordType: PortalRecordType;
      reason: PortalKeptReason;
      /** The first day it may go, when known; the report shows the nearest. */
      deletableOn?: LocalDate;
      /** How many records this entry stands for (the audit trail is counted, not listed). */
      count?: number;
    };

/** The rule id a portal record's item and audit entry name. */
export function portalRuleId(recordType: PortalRecordType): string {
  return `portal.${recordType}`;
}

/** The kept reason of an engine decision to keep (an expired period never keeps a record). */
export function keptReasonOf(code: RetentionReasonCode): RetentionKeptReason {
  if (code === 'retention_period_expired') {
    throw new Error('The retention engine kept a record whose period has expired without a reason');
  }
  return code;
}

/** The first deletable day of an engine decision to delete, which always has one. */
export function deletableSinceOf(decision: { recordId: string; deleteOn?: LocalDate }): LocalDate {
  if (decision.deleteOn === undefined) {
    throw new Error(`The retention engine decided to delete ${decision.recordId} without a date`);
  }
  return decision.deleteOn;
}
