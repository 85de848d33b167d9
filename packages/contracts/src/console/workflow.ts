// Lifecycle and housekeeping writes on a request. Each carries `version`.
import { z } from 'zod';
import { freeTextSchema } from '../fields';
import { localDateSchema, versionedInputSchema, writeResultSchema } from './common';

/**
 * Grounds on which an internal note may be left out of the access copy. Notes
 * about a person are their personal data (CJEU C-434/16 Nowak); only Art. 15(4)
 * (others' rights) or a national restriction of the Finnish Data Protection Act
 * 1050/2018 § 34 can withhold one, and the ground is recorded and shown.
 */
export const noteWithholdingGrounds = ['rights_of_others', 'national_restriction'] as const;
export const noteWithholdingGroundSchema = z.enum(noteWithholdingGrounds);
export type NoteWithholdingGround = z.infer<typeof noteWithholdingGroundSchema>;

export const addInternalNoteInputSchema = versionedInputSchema.extend({
  body: freeTextSchema(10_000).min(1, 'text.required'),
  /** Absent: the note is part of the subject's access copy. */
  withholding: z
    .strictObject({
      ground: noteWithholdingGroundSchema,
      reason: freeTextSchema(2000).min(1, 'text.required'),
    })
    .optional(),
});
export type AddInternalNoteInput = z.input<typeof addInternalNoteInputSchema>;

/** A message the handler writes to the subject; shown in the portal, announced by email. */
export const sendSubjectMessageInputSchema = versionedInputSchema.extend({
  body: freeTextSchema(10_000).min(1, 'text.required'),
});
export type SendSubjectMessageInput = z.input<typeof sendSubjectMessageInputSchema>;

export const assignRequestInputSchema = versionedInputSchema.extend({
  /** A staff id, `me`, or null to unassign. */
  assigneeId: z.union([z.literal('me'), z.uuid()]).nullable(),
});
export type AssignRequestInput = z.input<typeof assignRequestInputSchema>;

/** received → in_progress. */
export const startRequestInputSchema = versionedInputSchema;
export type StartRequestInput = z.input<typeof startRequestInputSchema>;

/**
 * Records that the identity check was done and how (EDPB 01/2022 §§65, 73–75):
 * a note, never a copy of an ID document. Ends an open identity pause.
 */
export const verifyIdentityInputSchema = versionedInputSchema.extend({
  note: freeTextSchema(2000).min(1, 'text.required'),
});
export type VerifyIdentityInput = z.input<typeof verifyIdentityInputSchema>;

/** Art. 12(6): ask only with reasonable doubt; the deadline clock pauses until the answer. */
export const requestIdentityInfoInputSchema = versionedInputSchema.extend({
  question: freeTextSchema(5000).min(1, 'text.required'),
  /**
   * Why the identity is in doubt again. Required once the identity was
   * recorded as checked (a new question then needs a recorded reason); kept
   * in the audit entry, not shown to the person.
   */
  reason: freeTextSchema(2000).optional(),
});
export type RequestIdentityInfoInput = z.input<typeof requestIdentityInfoInputSchema>;

/**
 * GET …/identity-question/preview: what asking now would mean. A question
 * asked later than the set number of working days after receipt may not pause
 * the deadline (EDPB 01/2022 §159: the controller asks without undue delay).
 */
export const identityQuestionPreviewSchema = z.object({
  /** The identity was recorded as checked: a new question needs a reason. */
  isReasonRequired: z.boolean(),
  workingDaysSinceReceipt: z.int().min(0),
  /** The setting `identityQuestionWorkingDays`. */
  limitWorkingDays: z.int().min(1),
  /** The last day a question is in time. */
  lastTimelyDate: localDateSchema,
  /** Asking now is later than the limit: the pause may not hold. */
  isLate: z.boolean(),
});
export type IdentityQuestionPreview = z.infer<typeof identityQuestionPreviewSchema>;

/** POST …/request-identity-info answer: the write, and whether it came late. */
export const requestIdentityInfoResultSchema = writeResultSchema.extend({
  /** Asked later than the limit after receipt: the pause may not hold. */
  isLate: z.boolean(),
});
export type RequestIdentityInfoResult = z.infer<typeof requestIdentityInfoResultSchema>;
