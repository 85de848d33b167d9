import { freeTextSchema, registerIdSchema, type StaffRef } from '@oikeus/contracts';
import type { LocalDate, LocalizedText, RegisterId } from '@oikeus/domain';
import { z } from 'zod';

// These belong in packages/contracts (console/register-reviews.ts) with their
// OpenAPI entries; they live here until the contracts owner moves them.

/** POST /api/console/register-reviews: an admin records that a register's retention was reviewed. */
export const recordRegisterReviewInputSchema = z.object({
  registerId: registerIdSchema,
  // Art. 5(2) accountability: the review's conclusions are the evidence it happened.
  notes: freeTextSchema(5000).min(1, 'text.required'),
});
export type RecordRegisterReviewInput = z.infer<typeof recordRegisterReviewInputSchema>;

export interface RegisterReviewView {
  id: string;
  registerId: string;
  reviewedAt: string;
  reviewedBy: StaffRef | null;
  notes: string | null;
}

export interface RegisterReviewStatus {
  registerId: RegisterId;
  name: LocalizedText;
  intervalYears: number;
  /** The later of the last recorded review and the description's `lastReviewedOn`. */
  lastReviewedOn: LocalDate | null;
  /** The recorded review that date comes from; null when it comes from the description. */
  lastReview: RegisterReviewView | null;
  nextDueOn: LocalDate | null;
  isDue: boolean;
}
