// A request a handler logs from a letter, email, call or meeting (issue #18).
// Any form is a valid request (EDPB Guidelines 01/2022 §52); the deadline runs
// from its receipt, not from the typing (§159), so the receipt is given here.
import { z } from 'zod';
import { LOCAL_DATE_TIME_PATTERN } from '@oikeus/domain';
import {
  emailSchema,
  freeTextSchema,
  localDateSchema,
  MAX_YEAR,
  MIN_YEAR,
  personNameSchema,
  phoneSchema,
} from '../fields';
import { localeSchema } from '../locale';
import { submitRequestInputSchema } from '../portal/requests';
import { isoDateTimeSchema, requestChannelSchema } from './common';

/** What a handler can log: every channel but the portal, which the person uses themself. */
export const staffChannelSchema = requestChannelSchema.exclude(['portal']);
export type StaffChannel = z.infer<typeof staffChannelSchema>;

/** A wall-clock time in the controller's time zone, `YYYY-MM-DDTHH:mm`. */
export const localDateTimeSchema = z
  .string()
  .regex(LOCAL_DATE_TIME_PATTERN, 'receivedAt.invalid')
  .refine((v) => {
    const year = Number(v.slice(0, 4));
    return year >= MIN_YEAR && year <= MAX_YEAR;
  }, 'date.outOfRange');

/**
 * Where the receipt instant came from: typed by the handler, or, for an
 * imported `.eml`, the message's Date header or the time it was forwarded.
 * The choice is audited (Art. 5(2)).
 */
export const receiptSourceSchema = z.enum(['entered', 'email_date', 'forwarded_at']);
export type ReceiptSource = z.infer<typeof receiptSourceSchema>;

export const requesterInputSchema = z.strictObject({
  name: personNameSchema,
  /** Needed for now: the requester's account is keyed by it (see NOTES in issue #18). */
  email: emailSchema,
  phone: phoneSchema.optional(),
  postalAddress: freeTextSchema(500).optional(),
});
export type RequesterInput = z.infer<typeof requesterInputSchema>;

/**
 * POST /api/console/requests, the `payload` part of the multipart form (the
 * original documents are its `files`, an imported email its `email`). Each
 * right asked for becomes its own request with the same receipt.
 */
export const newConsoleRequestInputSchema = z.strictObject({
  channel: staffChannelSchema,
  /** Omitted: now. Never in the future. Ignored when `receiptSource` reads it from the email. */
  receivedAt: localDateTimeSchema.optional(),
  receiptSource: receiptSourceSchema.default('entered'),
  rights: z.array(submitRequestInputSchema).min(1, 'rights.required').max(6),
  requester: requesterInputSchema,
  locale: localeSchema,
  note: freeTextSchema(5000).optional(),
});
export type NewConsoleRequestInput = z.input<typeof newConsoleRequestInputSchema>;

export const newConsoleRequestResponseSchema = z.object({
  requests: z.array(z.object({ id: z.uuid(), reference: z.string(), dueDate: localDateSchema })),
  receivedAt: isoDateTimeSchema,
  /** The deadline is near (at or past the internal target) or already past when logged. */
  deadlineWarning: z.enum(['none', 'close', 'past']),
  /** The requester had no portal account: one was kept for their email, not signed up. */
  isNewRequester: z.boolean(),
});
export type NewConsoleRequestResponse = z.infer<typeof newConsoleRequestResponseSchema>;

/** POST /api/console/requests/email-import: what a forwarded `.eml` pre-fills. Text only. */
export const emailImportResponseSchema = z.object({
  sender: z.object({ name: z.string(), email: z.string() }).nullable(),
  subject: z.string(),
  /** The plain-text body (from the HTML part as text if there is no text part); HTML is never returned. */
  text: z.string(),
  /** The request's own Date header (the inner message when it was forwarded as an attachment). */
  dateHeader: isoDateTimeSchema.nullable(),
  /** When the message was forwarded to the controller: the outer Date header. */
  forwardedAt: isoDateTimeSchema.nullable(),
  attachments: z.array(
    z.object({
      fileName: z.string(),
      contentType: z.string(),
      size: z.int(),
      /** PDF, PNG or JPEG: kept with the request; anything else is left out. */
      isAccepted: z.boolean(),
    }),
  ),
});
export type EmailImportResponse = z.infer<typeof emailImportResponseSchema>;
