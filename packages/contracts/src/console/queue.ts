// The handler's queue, ordered by legal deadline.
import { z } from 'zod';
import { registerIdSchema } from '../fields';
import {
  consoleRequestStatusSchema,
  isoDateTimeSchema,
  localDateSchema,
  queryListSchema,
  requestChannelSchema,
  requestTypeSchema,
  staffRefSchema,
} from './common';

export const QUEUE_PAGE_SIZE = 50;

export const queueQuerySchema = z.object({
  status: queryListSchema(consoleRequestStatusSchema),
  type: queryListSchema(requestTypeSchema),
  /** A staff id, `me` or `none` (unassigned). */
  assignee: z.union([z.literal('me'), z.literal('none'), z.uuid()]).optional(),
  register: registerIdSchema.optional(),
  /** Reference, account name or email (case-insensitive prefix/substring). */
  q: z.string().trim().max(200, 'text.tooLong').optional(),
  /** Opaque keyset cursor from the previous page's `nextCursor`. */
  cursor: z.string().max(500).optional(),
  /** Alternative to the cursor for jumping to a page. */
  offset: z.coerce.number().int().min(0).max(1_000_000).optional(),
});
export type QueueQuery = z.input<typeof queueQuerySchema>;

export const queueItemSchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  type: requestTypeSchema,
  status: consoleRequestStatusSchema,
  registers: z.array(registerIdSchema),
  accountName: z.string(),
  accountEmail: z.string(),
  receivedAt: isoDateTimeSchema,
  /** How the request arrived: portal, or a channel a handler logged it from (issue #18). */
  channel: requestChannelSchema,
  dueDate: localDateSchema,
  targetDate: localDateSchema,
  isExtended: z.boolean(),
  /** Calendar days to the legal deadline; negative when overdue. */
  daysLeft: z.int(),
  isAtRisk: z.boolean(),
  isOverdue: z.boolean(),
  /** The deadline clock is paused while waiting for identity information (Art. 12(6)). */
  isSuspended: z.boolean(),
  assignee: staffRefSchema.nullable(),
  version: z.int(),
});
export type QueueItem = z.infer<typeof queueItemSchema>;

export const queueResponseSchema = z.object({
  items: z.array(queueItemSchema),
  total: z.int(),
  pageSize: z.int(),
  nextCursor: z.string().nullable(),
});
export type QueueResponse = z.infer<typeof queueResponseSchema>;
