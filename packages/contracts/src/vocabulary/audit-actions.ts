// What the audit trail records (GDPR Art. 5(2) accountability). A closed
// vocabulary: the API can append only these, and the console maps each to a
// localised label with `satisfies Record<AuditAction, string>`.
import { z } from 'zod';

export const auditActions = [
  // The person
  'subject.signed_up',
  'subject.signed_in',
  'subject.signed_out_everywhere',
  // Requests
  'request.submitted',
  'request.assigned',
  'request.started',
  'request.identity_info_requested',
  'request.identity_answered',
  'request.identity_verified',
  'request.message_posted',
  'request.message_sent',
  'request.note_added',
  'request.record_confirmed',
  'request.record_unconfirmed',
  'request.deadline_extended',
  'request.recipient_notified',
  'request.completed',
  'request.refused',
  'request.withdrawn',
  'attachment.opened',
  // Registers
  'register.rectified',
  'register.erased',
  'register.anonymised',
  'register.legal_hold_set',
  'register.restricted',
  'register.restriction_lift_notice_sent',
  'register.restriction_lifted',
  'register.review_recorded',
  'marketing.prohibited',
  // Exports
  'export.previewed',
  'export.compiled',
  'export.compile_failed',
  'export.compile_abandoned',
  'export.released',
  'export.downloaded',
  'export.expired',
  // Retention
  'retention.delete',
  'retention.anonymise',
  'retention.run_completed',
  // Staff and system
  'staff.user_created',
  'staff.user_updated',
  'staff.signed_in',
  'staff.locked_out',
  'staff.password_changed',
  'staff.totp_enrolled',
  'staff.totp_reset',
  'settings.updated',
  'mail.retry_failed',
  'reminder.queued',
] as const;
export const auditActionSchema = z.enum(auditActions);
export type AuditAction = (typeof auditActions)[number];

/**
 * What a response carries in `action`. The audit trail is append-only and
 * hash-chained, so an entry written under a name that has since left the
 * vocabulary stays as it is; it reads as `unrecognised` rather than failing
 * the page (its hash still covers the stored name; `pnpm dsr audit verify` checks it).
 */
// A preprocess, not `.catch`: the OpenAPI generator describes a preprocess
// by its target (the enum) but cannot describe a catch.
export const auditActionViewSchema = z.preprocess(
  (stored) => ((auditActions as readonly unknown[]).includes(stored) ? stored : 'unrecognised'),
  z.enum([...auditActions, 'unrecognised']),
);
export type AuditActionView = z.output<typeof auditActionViewSchema>;

/** Reads a stored audit action for a response (see `auditActionViewSchema`). */
export function readAuditAction(stored: string): AuditActionView {
  return auditActionViewSchema.parse(stored);
}
