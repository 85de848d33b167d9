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
  // Reads of personal data by staff (CJEU C-579/21: the person may learn when and why their data was consulted)
  'request.viewed',
  'register.searched',
  'marketing.audience_viewed',
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
  'objection.assessed',
  // Register data from the controller's systems and by hand (issue #25)
  'register.imported',
  'register.synced',
  'register.record_upserted',
  'register.record_deleted',
  'register.record_edited',
  'marketing.permission_recorded',
  'api_key.created',
  'api_key.revoked',
  // Exports
  'export.previewed',
  'export.compiled',
  'export.compile_failed',
  'export.compile_abandoned',
  'export.released',
  'export.downloaded',
  'export.expired',
  'export.revoked',
  // Retention
  'retention.delete',
  'retention.anonymise',
  'retention.run_completed',
  // Reporting (Art. 5(2) accountability): staff downloaded the request log
  'report.request_log_downloaded',
  // Staff and system
  'staff.user_created',
  'staff.user_updated',
  'staff.signed_in',
  'staff.signed_out_everywhere',
  'staff.session_revoked',
  'staff.locked_out',
  'staff.password_changed',
  'staff.totp_enrolled',
  'staff.totp_reset',
  'staff.profile_updated',
  'staff.mail_preferences_updated',
  'staff.invited',
  'staff.password_link_sent',
  'staff.password_set_by_link',
  'settings.updated',
  'mail.retry_failed',
  'reminder.queued',
] as const;
export const auditActionSchema = z.enum(auditActions);
export type AuditAction = (typeof auditActions)[number];

/**
 * The details stored with an entry: a JSON object of before/after values,
 * counts and ids (never personal data a decision does not need). One shape for
 * every action: the trail is hash-chained and read as evidence, so its
 * entries keep whatever the action recorded at the time.
 */
export const auditDetailsSchema = z.record(z.string(), z.unknown());
export type AuditDetails = z.infer<typeof auditDetailsSchema>;

/**
 * What a response carries in `action`. The API sends only members (it parses
 * each stored row; a non-member is a fault it logs). A reader still parses
 * tolerantly: the trail is append-only and hash-chained, so an entry written
 * under a name that has since left the vocabulary can never be renamed, and
 * an answer from a newer or older API than the page must not fail the whole
 * page. Such an entry reads as `unrecognised` and the UI shows a generic label.
 */
// A preprocess, not `.catch`: the OpenAPI generator describes a preprocess
// by its target (the enum) but cannot describe a catch.
export const auditActionViewSchema = z.preprocess(
  (stored) => ((auditActions as readonly unknown[]).includes(stored) ? stored : 'unrecognised'),
  z.enum([...auditActions, 'unrecognised']),
);
export type AuditActionView = z.output<typeof auditActionViewSchema>;
