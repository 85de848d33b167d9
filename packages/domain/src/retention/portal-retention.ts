import { z } from 'zod';
import { addLocalDays, addLocalMonths, type LocalDate } from '../calendar';

/**
 * The portal's own records: what it keeps about the people who use it to
 * make data-subject requests (GDPR Art. 12; Art. 5(2) to show how each was
 * handled). They are not register records, so the register rules for
 * customers, invoices and marketing contacts do not apply to them; each kind
 * has its own period in the notice (Art. 13(2)(a)) and the retention job
 * deletes it when that period is over (Art. 5(1)(e)).
 */
export const portalRecordTypeSchema = z.enum([
  /** A request with its messages, timeline, notes and export packages. */
  'portal_request',
  /** A file the person sent with a message, often an identity document. */
  'request_attachment',
  /** The person's account: name, email, phone, language. */
  'portal_account',
  /** A one-time sign-up or sign-in code, also of sign-ups never completed. */
  'login_challenge',
  /** A sent email as the outbox and the local mailbox keep it. */
  'sent_mail',
  /** An entry of the append-only audit trail; never deleted by the retention job. */
  'audit_entry',
]);
export type PortalRecordType = z.infer<typeof portalRecordTypeSchema>;
export const PORTAL_RECORD_TYPES = portalRecordTypeSchema.options;

/** The controller's settings for the periods that are not fixed by the portal itself. */
export interface PortalRetentionPeriods {
  /** Requests and their correspondence: whole years after the request closed. */
  requestYears: number;
  /** Bodies of sent mail (outbox and local mailbox): days after sending. */
  mailBodyDays: number;
  /**
   * Audit entries: whole years. The trail is append-only (database triggers),
   * so the retention job never applies this period; the notice says so.
   */
  auditYears: number;
}

/**
 * A one-time code is useless once it expires; one more day covers a late
 * "why did my code not work?". Fixed, not a setting: the notice says "one day".
 */
export const LOGIN_CHALLENGE_GRACE_DAYS = 1;

/**
 * The first day a portal record may be deleted, counted from its starting
 * day the way computeRetentionDate counts (Regulation 1182/71 Art. 3): the
 * starting day does not count, the record is kept through the last day of
 * the period and is deletable from the next one.
 *
 * - portal_request: from the day the request closed, `requestYears` years;
 * - portal_account: from the person's last sign-in (or sign-up), the same
 *   years — and only once none of their requests is left;
 * - request_attachment: the day the request closed (or identity was verified);
 * - login_challenge: from the day it expired, LOGIN_CHALLENGE_GRACE_DAYS;
 * - sent_mail: from the day it was sent, `mailBodyDays` days;
 * - audit_entry: from the day it was written, `auditYears` years (stated, not applied).
 */
export function portalDeletableOn(
  recordType: PortalRecordType,
  startOn: LocalDate,
  periods: PortalRetentionPeriods,
): LocalDate {
  switch (recordType) {
    case 'portal_request':
    case 'portal_account':
      return firstDayAfterYears(startOn, periods.requestYears);
    case 'request_attachment':
      return startOn;
    case 'login_challenge':
      return addLocalDays(startOn, LOGIN_CHALLENGE_GRACE_DAYS + 1);
    case 'sent_mail':
      return addLocalDays(startOn, periods.mailBodyDays + 1);
    case 'audit_entry':
      return firstDayAfterYears(startOn, periods.auditYears);
  }
}

function firstDayAfterYears(start: LocalDate, years: number): LocalDate {
  // As computeRetentionDate: 29 February plus whole years lands on 28 February.
  return addLocalDays(addLocalMonths(start, years * 12), 1);
}
