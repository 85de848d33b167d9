// The dev mailbox: mail kept by the embedded transport (MAIL_TRANSPORT=local),
// so someone trying the portal can read the one-time code without a mail server.
import { z } from 'zod';

export const devMailboxQuerySchema = z.object({
  /** Only messages to this address (exact, case-insensitive). */
  to: z.string().trim().toLowerCase().max(254, 'text.tooLong').optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type DevMailboxQuery = z.infer<typeof devMailboxQuerySchema>;

export const localMailSummarySchema = z.object({
  id: z.uuid(),
  to: z.string(),
  subject: z.string(),
  /** RFC 5322 Message-ID, `<outbox-id@oikeus>`. */
  messageId: z.string(),
  createdAt: z.iso.datetime(),
});
export type LocalMailSummary = z.infer<typeof localMailSummarySchema>;

export const devMailboxListSchema = z.object({
  /** Newest first. */
  messages: z.array(localMailSummarySchema),
});
export type DevMailboxList = z.infer<typeof devMailboxListSchema>;

export const localMailSchema = localMailSummarySchema.extend({
  text: z.string(),
  /** Complete HTML document; show it in a sandboxed iframe (srcdoc), never with innerHTML. */
  html: z.string(),
});
export type LocalMail = z.infer<typeof localMailSchema>;
