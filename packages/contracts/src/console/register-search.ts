// Finding the subject's records across both registers.
import { z } from 'zod';
import { isoDateTimeSchema, linkableRecordTypeSchema, versionedInputSchema } from './common';

export const registerSearchQuerySchema = z
  .object({
    email: z.string().trim().max(254, 'text.tooLong').optional(),
    phone: z.string().trim().max(40, 'text.tooLong').optional(),
    name: z.string().trim().max(200, 'text.tooLong').optional(),
    company: z.string().trim().max(200, 'text.tooLong').optional(),
    address: z.string().trim().max(300, 'text.tooLong').optional(),
    /** Marks hits already confirmed for this request. */
    requestId: z.uuid().optional(),
  })
  .refine(
    ({ requestId: _, ...q }) => Object.values(q).some((v) => v !== undefined && v !== ''),
    'search.empty',
  );
export type RegisterSearchQuery = z.input<typeof registerSearchQuerySchema>;

/**
 * Why a record matched. Score = the best single signal plus 5 per further
 * matching signal, capped at 100:
 * email exact 100 · phone exact 80 · name + company 60 · name 40 ·
 * address (street + postal code) 30 · company only 20.
 */
export const matchReasons = [
  'email',
  'phone',
  'name_company',
  'name',
  'address',
  'company',
] as const;
export const matchReasonSchema = z.enum(matchReasons);
export type MatchReason = z.infer<typeof matchReasonSchema>;
export const MATCH_SCORES: Record<MatchReason, number> = {
  email: 100,
  phone: 80,
  name_company: 60,
  name: 40,
  address: 30,
  company: 20,
};

export const registerRecordSchema = z.object({
  recordType: linkableRecordTypeSchema,
  id: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  company: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  streetAddress: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  source: z.string(),
  /** Customer: relationship start/end. Marketing contact: last activity. */
  relationshipStartedOn: isoDateTimeSchema.nullable(),
  relationshipEndedOn: isoDateTimeSchema.nullable(),
  lastActivityOn: isoDateTimeSchema.nullable(),
  anonymizedAt: isoDateTimeSchema.nullable(),
  /** An active Art. 18 restriction or legal hold covers the record; shown, not hidden. */
  isRestricted: z.boolean(),
  /** Customer only: how many orders and invoices hang on the record. */
  orderCount: z.int().nullable(),
  invoiceCount: z.int().nullable(),
});
export type RegisterRecord = z.infer<typeof registerRecordSchema>;

export const registerSearchHitSchema = registerRecordSchema.extend({
  score: z.int().min(0).max(100),
  reasons: z.array(matchReasonSchema),
  /** Already confirmed for the request given in `requestId` (when asked). */
  isConfirmed: z.boolean(),
});
export type RegisterSearchHit = z.infer<typeof registerSearchHitSchema>;

export const registerSearchResponseSchema = z.object({
  items: z.array(registerSearchHitSchema),
  /** Results are capped; refine the search when true. */
  isTruncated: z.boolean(),
});
export type RegisterSearchResponse = z.infer<typeof registerSearchResponseSchema>;

export const recordRefSchema = z.object({
  recordType: linkableRecordTypeSchema,
  recordId: z.uuid(),
});
export type RecordRef = z.infer<typeof recordRefSchema>;

/** Confirm or unconfirm records as the subject's; the choice drives every action. */
export const updateRecordLinksInputSchema = versionedInputSchema.extend({
  confirm: z
    .array(recordRefSchema.extend({ matchScore: z.int().min(0).max(100) }))
    .max(200)
    .default([]),
  unconfirm: z.array(recordRefSchema).max(200).default([]),
});
export type UpdateRecordLinksInput = z.input<typeof updateRecordLinksInputSchema>;
