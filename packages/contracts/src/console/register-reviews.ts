// Two-yearly review of each register's retention (the notice promises it; GDPR Art. 5(1)(e), 5(2)).
import { localizedTextSchema } from '@oikeus/domain';
import { z } from 'zod';
import { freeTextSchema, localDateSchema, registerIdSchema } from '../fields';
import { isoDateTimeSchema, staffRefSchema } from './common';

/** POST /api/console/register-reviews: an admin records that a register's retention was reviewed. */
export const recordRegisterReviewInputSchema = z.object({
  registerId: registerIdSchema,
  // Art. 5(2) accountability: the review's conclusions are the evidence it happened.
  notes: freeTextSchema(5000).min(1, 'text.required'),
});
export type RecordRegisterReviewInput = z.input<typeof recordRegisterReviewInputSchema>;

export const registerReviewSchema = z.object({
  id: z.uuid(),
  registerId: z.string(),
  reviewedAt: isoDateTimeSchema,
  reviewedBy: staffRefSchema.nullable(),
  notes: z.string().nullable(),
});
export type RegisterReviewView = z.infer<typeof registerReviewSchema>;

export const registerReviewStatusSchema = z.object({
  registerId: registerIdSchema,
  name: localizedTextSchema,
  intervalYears: z.int(),
  /** The later of the last recorded review and the description's `lastReviewedOn`. */
  lastReviewedOn: localDateSchema.nullable(),
  /** The recorded review that date comes from; null when it comes from the description. */
  lastReview: registerReviewSchema.nullable(),
  nextDueOn: localDateSchema.nullable(),
  isDue: z.boolean(),
});
export type RegisterReviewStatus = z.infer<typeof registerReviewStatusSchema>;

/** A customer with no active service for the set months and no recorded end of relationship. */
export const inactiveCustomerSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  company: z.string().nullable(),
  /** The latest of the relationship start, a service's start or end, and an invoice date. */
  lastActivityOn: localDateSchema,
});
export type InactiveCustomer = z.infer<typeof inactiveCustomerSchema>;

export const inactiveCustomersSchema = z.object({
  months: z.int(),
  /** No activity on or after this date. */
  inactiveSince: localDateSchema,
  total: z.int().min(0),
  /** The longest-inactive first; at most 200, the total stays exact. */
  items: z.array(inactiveCustomerSchema),
});
export type InactiveCustomers = z.infer<typeof inactiveCustomersSchema>;

/** GET /api/console/register-reviews. */
export const registerReviewsResponseSchema = z.object({
  registers: z.array(registerReviewStatusSchema),
  reviews: z.array(registerReviewSchema),
  /** For the customer register's review: relationships that may have ended unrecorded. */
  inactiveCustomers: inactiveCustomersSchema,
});
export type RegisterReviewsResponse = z.infer<typeof registerReviewsResponseSchema>;
