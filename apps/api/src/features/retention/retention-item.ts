import type { LocalDate, RetentionReasonCode, RetentionRecordType } from '@oikeus/domain';

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
  | 'anonymised_without_vouchers';

/** One record the run deletes or anonymises (or, in a dry run, would). */
export interface RetentionItem {
  recordType: RetentionRecordType;
  recordId: string;
  action: 'delete' | 'anonymise';
  /** Id of the register description rule that decided it. */
  ruleId: string;
  /** First day the rule allowed it. */
  deletableSince: LocalDate;
  reason: RetentionItemReason;
}

/** Why a record was kept: the engine's reason, or that an anonymised row still anchors vouchers. */
export type RetentionKeptReason =
  Exclude<RetentionReasonCode, 'retention_period_expired'> | 'awaiting_vouchers';

export interface RetentionKept {
  recordType: RetentionRecordType;
  reason: RetentionKeptReason;
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
