// Register actions: each has a preview (exactly what would change) and an apply.
import { z } from 'zod';
import { freeTextSchema } from '../fields';
import {
  isoDateTimeSchema,
  linkableRecordTypeSchema,
  localDateSchema,
  marketingChannelSchema,
  versionedInputSchema,
  writeResultSchema,
} from './common';

// ---------------------------------------------------------------- rectification (Art. 16)

export const customerRectifiableFields = [
  'firstName',
  'lastName',
  'company',
  'streetAddress',
  'postalCode',
  'city',
  'country',
  'phone',
  'email',
] as const;
export const marketingContactRectifiableFields = [
  'firstName',
  'lastName',
  'company',
  'streetAddress',
  'postalCode',
  'city',
  'phone',
  'email',
] as const;
export const rectifiableFields = customerRectifiableFields;
export const rectifiableFieldSchema = z.enum(rectifiableFields);
export type RectifiableField = z.infer<typeof rectifiableFieldSchema>;

/** A requested value; `null` clears the field. */
export const requestedValueSchema = z.object({
  field: rectifiableFieldSchema,
  value: z.string().trim().max(300, 'text.tooLong').nullable(),
});
export type RequestedValue = z.infer<typeof requestedValueSchema>;

/** Without `requested`, the values the subject sent in the request are used. */
export const rectificationPreviewInputSchema = z.object({
  requested: z.array(requestedValueSchema).max(20).optional(),
});
export type RectificationPreviewInput = z.input<typeof rectificationPreviewInputSchema>;

export const fieldDiffSchema = z.object({
  field: rectifiableFieldSchema,
  current: z.string().nullable(),
  requested: z.string().nullable(),
  isChange: z.boolean(),
});
export type FieldDiff = z.infer<typeof fieldDiffSchema>;

export const rectificationPreviewSchema = z.object({
  requested: z.array(requestedValueSchema),
  records: z.array(
    z.object({
      recordType: linkableRecordTypeSchema,
      recordId: z.uuid(),
      label: z.string(),
      fields: z.array(fieldDiffSchema),
    }),
  ),
});
export type RectificationPreview = z.infer<typeof rectificationPreviewSchema>;

export const rectificationChangeSchema = z.object({
  recordType: linkableRecordTypeSchema,
  recordId: z.uuid(),
  field: rectifiableFieldSchema,
  value: z.string().trim().max(300, 'text.tooLong').nullable(),
});
export type RectificationChange = z.infer<typeof rectificationChangeSchema>;

/** Only the fields listed here change: the handler confirms each one. */
export const applyRectificationInputSchema = versionedInputSchema.extend({
  changes: z.array(rectificationChangeSchema).min(1).max(100),
});
export type ApplyRectificationInput = z.input<typeof applyRectificationInputSchema>;

export const applyRectificationResultSchema = writeResultSchema.extend({
  applied: z.array(rectificationChangeSchema.extend({ previous: z.string().nullable() })),
});
export type ApplyRectificationResult = z.infer<typeof applyRectificationResultSchema>;

// ---------------------------------------------------------------- erasure (Art. 17)

export const legalHoldSchema = z.object({
  recordType: z.literal('invoice'),
  recordId: z.uuid(),
  invoiceNumber: z.string(),
  financialYearEnd: localDateSchema,
  /** The first day the voucher may be deleted (Kirjanpitolaki 1336/1997 2:10). */
  deletableFrom: localDateSchema,
  ground: z.literal('legal_hold_17_3_b'),
  /** Localised: why the voucher is kept (GDPR Art. 17(3)(b)). */
  explanation: z.string(),
});
export type LegalHold = z.infer<typeof legalHoldSchema>;

export const erasurePlanSchema = z.object({
  customers: z.array(
    z.object({
      recordId: z.uuid(),
      label: z.string(),
      /** `delete`: nothing needs the row. `anonymise`: kept vouchers still reference it. */
      action: z.enum(['delete', 'anonymise', 'already_anonymised']),
      /** Fields kept on an anonymised row because the vouchers need them. */
      keptFields: z.array(z.string()),
      serviceOrdersDeleted: z.int(),
      invoicesDeleted: z.int(),
      legalHolds: z.array(legalHoldSchema),
      /**
       * Ordered services (and their change history) underlying a kept
       * voucher: other accounting material under Kirjanpitolaki 1336/1997
       * 2:10, kept under the same legal hold until the voucher may go.
       */
      heldServiceOrders: z.array(
        z.object({
          recordId: z.uuid(),
          serviceName: z.string(),
          changes: z.int().min(0),
          invoiceNumbers: z.array(z.string()),
          deletableFrom: localDateSchema,
        }),
      ),
    }),
  ),
  marketingContacts: z.array(
    z.object({
      recordId: z.uuid(),
      label: z.string(),
      action: z.literal('delete'),
      /** Keyed hashes added so the person is not re-added (Art. 17, 21(3)). */
      suppressions: z.array(z.enum(['email', 'phone'])),
    }),
  ),
  /**
   * Stored access or portability packages holding a copy of this person's
   * data (their own requests and any request on the same records): the
   * erasure destroys them all (Art. 17(1)); none stays downloadable.
   */
  exportPackagesDeleted: z.int().min(0),
  /** Localised summary of why anything is kept. */
  explanation: z.string(),
});
export type ErasurePlan = z.infer<typeof erasurePlanSchema>;

export const applyErasureInputSchema = versionedInputSchema;
export type ApplyErasureInput = z.input<typeof applyErasureInputSchema>;
export const applyErasureResultSchema = writeResultSchema.extend({ plan: erasurePlanSchema });
export type ApplyErasureResult = z.infer<typeof applyErasureResultSchema>;

// ---------------------------------------------------------------- restriction (Art. 18)

export const art18Grounds = ['art18_1_a', 'art18_1_b', 'art18_1_c', 'art18_1_d'] as const;
export const art18GroundSchema = z.enum(art18Grounds);
export type Art18Ground = z.infer<typeof art18GroundSchema>;

export const restrictionPreviewInputSchema = z.object({ ground: art18GroundSchema });
export const restrictionPreviewSchema = z.object({
  ground: art18GroundSchema,
  records: z.array(
    z.object({
      recordType: z.enum(['customer', 'service_order', 'invoice', 'marketing_contact']),
      recordId: z.uuid(),
      label: z.string(),
      isAlreadyRestricted: z.boolean(),
    }),
  ),
});
export type RestrictionPreview = z.infer<typeof restrictionPreviewSchema>;

export const applyRestrictionInputSchema = versionedInputSchema.extend({
  ground: art18GroundSchema,
  reason: freeTextSchema(2000).min(1, 'text.required'),
});
export type ApplyRestrictionInput = z.input<typeof applyRestrictionInputSchema>;
export const applyRestrictionResultSchema = writeResultSchema.extend({
  restrictionIds: z.array(z.uuid()),
});
export type ApplyRestrictionResult = z.infer<typeof applyRestrictionResultSchema>;

/** Art. 18(3): tell the subject before lifting; sends a mail and records when. */
export const informBeforeLiftInputSchema = versionedInputSchema.extend({
  message: freeTextSchema(5000).min(1, 'text.required'),
});
export type InformBeforeLiftInput = z.input<typeof informBeforeLiftInputSchema>;
export const liftRestrictionInputSchema = versionedInputSchema;
export type LiftRestrictionInput = z.input<typeof liftRestrictionInputSchema>;

// ---------------------------------------------------------------- objection (Art. 21(2)–(3))

/** Without `channels`, the channels the subject chose in the request (or all). */
export const objectionPreviewInputSchema = z.object({
  channels: z.array(marketingChannelSchema).min(1).max(4).optional(),
});
export const objectionPreviewSchema = z.object({
  channels: z.array(marketingChannelSchema),
  contacts: z.array(
    z.object({
      recordId: z.uuid(),
      label: z.string(),
      changes: z.array(
        z.object({
          channel: marketingChannelSchema,
          current: z.enum(['granted', 'prohibited', 'none']),
          isChange: z.boolean(),
        }),
      ),
    }),
  ),
});
export type ObjectionPreview = z.infer<typeof objectionPreviewSchema>;
export const applyObjectionInputSchema = versionedInputSchema.extend({
  channels: z.array(marketingChannelSchema).min(1).max(4).optional(),
});
export type ApplyObjectionInput = z.input<typeof applyObjectionInputSchema>;
export const applyObjectionResultSchema = writeResultSchema.extend({
  preview: objectionPreviewSchema,
});

// ---------------------------------------------------------------- objection on legitimate interests (Art. 21(1))

/**
 * The handler's assessment of an Art. 21(1) objection: the controller may go
 * on only if it demonstrates compelling legitimate grounds that override the
 * person's interests, rights and freedoms, or needs the data for legal claims.
 */
export const objectionAssessmentOutcomes = ['not_overriding', 'overriding'] as const;
export const objectionAssessmentOutcomeSchema = z.enum(objectionAssessmentOutcomes);
export type ObjectionAssessmentOutcome = z.infer<typeof objectionAssessmentOutcomeSchema>;

/**
 * POST …/objection/assessment. `not_overriding`: processing of the confirmed
 * records stops (each gets an `objection_21_1` restriction marker: stored
 * only). `overriding`: processing goes on; the answer names the grounds and
 * the complaint route. Either way the `reasons` reach the person.
 */
export const assessObjectionInputSchema = versionedInputSchema.extend({
  outcome: objectionAssessmentOutcomeSchema,
  reasons: freeTextSchema(10_000).min(1, 'text.required'),
});
export type AssessObjectionInput = z.input<typeof assessObjectionInputSchema>;
export const assessObjectionResultSchema = writeResultSchema.extend({
  restrictionIds: z.array(z.uuid()),
});
export type AssessObjectionResult = z.infer<typeof assessObjectionResultSchema>;

// ---------------------------------------------------------------- extension, refusal, completion

export const extensionPreviewSchema = z.object({
  isAllowed: z.boolean(),
  refusalReason: z.enum(['already_extended', 'deadline_passed', 'reasons_missing']).nullable(),
  currentDueDate: localDateSchema,
  extendedDueDate: localDateSchema,
});
export type ExtensionPreview = z.infer<typeof extensionPreviewSchema>;
/** GDPR Art. 12(3): once, within the first month, with reasons sent to the subject. */
export const extendDeadlineInputSchema = versionedInputSchema.extend({
  reasons: freeTextSchema(5000).min(1, 'text.required'),
});
export type ExtendDeadlineInput = z.input<typeof extendDeadlineInputSchema>;

/**
 * Grounds for not acting (fully) on a request: identity not confirmed after an
 * unanswered or unsatisfactory identity question (Art. 11(2), 12(2), 12(6)),
 * manifestly unfounded or excessive (Art. 12(5)), a legal obligation to keep
 * the data (Art. 17(3)(b)), legal claims (Art. 17(3)(e)), the rights of others
 * (Art. 15(4)) or a right that does not apply to the data (e.g. Art. 20(1)).
 */
export const refusalGrounds = [
  'identity_not_confirmed',
  'manifestly_unfounded',
  'excessive',
  'legal_obligation',
  'legal_claims',
  'rights_of_others',
  'not_applicable',
] as const;
export const refusalGroundSchema = z.enum(refusalGrounds);
export type RefusalGround = z.infer<typeof refusalGroundSchema>;

export const refuseRequestInputSchema = versionedInputSchema.extend({
  ground: refusalGroundSchema,
  reasons: freeTextSchema(10_000).min(1, 'text.required'),
});
export type RefuseRequestInput = z.input<typeof refuseRequestInputSchema>;

export const letterPreviewSchema = z.object({
  locale: z.enum(['fi', 'sv', 'en']),
  /** Draft letter in the subject's language, for the handler to edit. */
  draft: z.string(),
  /** Art. 12(4): complaint to the supervisory authority and judicial remedy. */
  complaintRoute: z.string(),
  /**
   * Refusals only: the one-month date of Art. 12(4) has passed (the subject had to be
   * told within a month of receipt why the controller is not acting).
   */
  isAfterOneMonth: z.boolean().optional(),
  /**
   * Completion only: the action the request asks for has not been recorded (no
   * released package, no applied rectification, erasure, restriction or
   * objection), so completing needs a partial refusal that says what was not
   * done and why.
   */
  isActionMissing: z.boolean().optional(),
});
export type LetterPreview = z.infer<typeof letterPreviewSchema>;

/**
 * What a completion did not do, and why (Art. 12(4)): one of the refusal
 * grounds and the reasons. The subject is told with the complaint route
 * (Art. 77) and the judicial remedy (Art. 79).
 */
export const partialRefusalSchema = z.strictObject({
  ground: refusalGroundSchema,
  reasons: freeTextSchema(10_000).min(1, 'text.required'),
});
export type PartialRefusal = z.infer<typeof partialRefusalSchema>;

/**
 * Completes the request. Without the action recorded (issue #17) only with a
 * `partialRefusal`; with it, a partial refusal says what was still left undone.
 */
export const completeRequestInputSchema = versionedInputSchema.extend({
  responseLetter: freeTextSchema(20_000).min(1, 'text.required'),
  partialRefusal: partialRefusalSchema.optional(),
});
export type CompleteRequestInput = z.input<typeof completeRequestInputSchema>;

// ---------------------------------------------------------------- Art. 19 recipient notices

export const addRecipientNoticeInputSchema = versionedInputSchema.extend({
  recipientName: z.string().trim().min(1, 'text.required').max(300, 'text.tooLong'),
  notifiedAt: isoDateTimeSchema,
  method: z.string().trim().min(1, 'text.required').max(300, 'text.tooLong'),
});
export type AddRecipientNoticeInput = z.input<typeof addRecipientNoticeInputSchema>;

/** Suggested recipients from the register description (Art. 19). */
export const recipientSuggestionsSchema = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string() })),
});
