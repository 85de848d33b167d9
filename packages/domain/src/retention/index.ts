export { computeRetentionDate, type RetentionDateFacts } from './compute-retention-date';
export {
  evaluateRetention,
  type EvaluateRetentionInput,
  type RetentionDecision,
  type RetentionReasonCode,
} from './evaluate-retention';
export { isOrderUnderVoucher } from './order-under-voucher';
export { computeNextReviewDate, isReviewDue, type ReviewSchedule } from './is-review-due';
export type {
  CustomerRetentionFacts,
  InvoiceRetentionFacts,
  MarketingContactRetentionFacts,
  RestrictionFacts,
  RetentionRecords,
} from './retention-record';
export {
  retentionRecordTypeSchema,
  retentionRuleSchema,
  type CustomerRetentionRule,
  type InvoiceRetentionRule,
  type MarketingContactRetentionRule,
  type RetentionRecordType,
  type RetentionRule,
  type RetentionRuleKind,
} from './retention-rule';
export {
  LOGIN_CHALLENGE_GRACE_DAYS,
  PORTAL_RECORD_TYPES,
  portalDeletableOn,
  portalRecordTypeSchema,
  type PortalRecordType,
  type PortalRetentionPeriods,
} from './portal-retention';
