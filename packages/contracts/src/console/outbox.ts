// The mail outbox as admins see it: nothing is silently lost (DESIGN.md "Nothing is lost").
import { z } from 'zod';
import { isoDateTimeSchema } from './common';

export const failedMailSchema = z.object({
  id: z.uuid(),
  template: z.string(),
  toAddress: z.string(),
  requestId: z.uuid().nullable(),
  attempts: z.int(),
  lastError: z.string().nullable(),
  createdAt: isoDateTimeSchema,
});
export type FailedMail = z.infer<typeof failedMailSchema>;

/** GET /api/console/outbox (admin). Bodies are never included. */
export const outboxStatusSchema = z.object({
  pending: z.int(),
  /** Pending messages that already failed at least once: mail is being delayed. */
  delayed: z.int(),
  sending: z.int(),
  failed: z.int(),
  oldestPendingSince: isoDateTimeSchema.nullable(),
  /** Messages given up on, newest first; admins resend or contact the person another way. */
  failedMessages: z.array(failedMailSchema),
});
export type OutboxStatus = z.infer<typeof outboxStatusSchema>;
