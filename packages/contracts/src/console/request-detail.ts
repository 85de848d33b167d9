// One request as the handler sees it: everything the subject sent, the whole
// timeline, internal notes, the deadline with its reasoning and the identity facts.
import { z } from 'zod';
import { localeSchema } from '../locale';
import { registerIdSchema } from '../fields';
import { requestEventTypeViewSchema } from '../vocabulary/request-event-types';
import {
  attachmentDeletionReasonSchema,
  consoleRequestStatusSchema,
  isoDateTimeSchema,
  linkableRecordTypeSchema,
  localDateSchema,
  recordTypeSchema,
  requestTypeSchema,
  staffRefSchema,
} from './common';

export const skippedDaySchema = z
  .object({ date: localDateSchema })
  .catchall(z.unknown())
  .describe(
    'A non-working day the deadline moved past (Regulation 1182/71 Art. 3(4)); holiday names per locale when a holiday.',
  );

/** Domain `DeadlineReasoningStep`, passed through so the UI explains the date in any language. */
export const deadlineReasoningStepSchema = z
  .object({
    step: z.enum(['receipt', 'one-month', 'three-months', 'pause', 'shift', 'effective', 'target']),
  })
  .catchall(z.unknown());

export const consoleDeadlineSchema = z.object({
  timeZone: z.string(),
  receivedDate: localDateSchema,
  plainDueDate: localDateSchema,
  dueDate: localDateSchema,
  extendedDueDate: localDateSchema,
  effectiveDueDate: localDateSchema,
  targetDate: localDateSchema,
  isExtended: z.boolean(),
  extendedAt: isoDateTimeSchema.nullable(),
  extensionReason: z.string().nullable(),
  /** Extension is allowed only once and only before the one-month deadline (Art. 12(3)). */
  canExtend: z.boolean(),
  pausedDays: z.int(),
  isSuspended: z.boolean(),
  skippedDays: z.array(skippedDaySchema),
  pauses: z.array(
    z.object({
      startedAt: isoDateTimeSchema,
      endedAt: isoDateTimeSchema.nullable(),
      reason: z.string(),
    }),
  ),
  reasoning: z.array(deadlineReasoningStepSchema),
  daysLeft: z.int(),
  workingDaysLeft: z.int(),
  isAtRisk: z.boolean(),
  isOverdue: z.boolean(),
});
export type ConsoleDeadline = z.infer<typeof consoleDeadlineSchema>;

export const timelineEventSchema = z.object({
  id: z.uuid(),
  /** A member of the closed vocabulary, or `unrecognised` (see requestEventTypeViewSchema). */
  type: requestEventTypeViewSchema,
  actorType: z.enum(['subject', 'staff', 'system']),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  isVisibleToSubject: z.boolean(),
  data: z.unknown(),
  createdAt: isoDateTimeSchema,
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

export const attachmentMetaSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.int(),
  createdAt: isoDateTimeSchema,
  /** Set once the file itself was deleted (identity verified or request closed); no download then. */
  deletedAt: isoDateTimeSchema.nullable(),
  deletedReason: attachmentDeletionReasonSchema.nullable(),
});

export const consoleMessageSchema = z.object({
  id: z.uuid(),
  authorType: z.enum(['subject', 'staff']),
  author: staffRefSchema.nullable(),
  body: z.string(),
  /** Internal notes are not shown in the portal; they are in the access copy unless withheld. */
  isInternalNote: z.boolean(),
  /** The recorded ground for leaving this note out of the access copy (Art. 15(4), 1050/2018 § 34). */
  withholdingGround: z.string().nullable(),
  withholdingReason: z.string().nullable(),
  isIdentityAnswer: z.boolean(),
  createdAt: isoDateTimeSchema,
  attachments: z.array(attachmentMetaSchema),
});
export type ConsoleMessage = z.infer<typeof consoleMessageSchema>;

export const signInMethods = ['one_time_code_or_link', 'unknown'] as const;

/** How the subject proved who they are (EDPB 01/2022 §§65, 73–75: record the check, never an ID copy). */
export const identityFactsSchema = z.object({
  accountId: z.uuid(),
  accountName: z.string(),
  accountEmail: z.string(),
  accountPhone: z.string().nullable(),
  emailVerifiedAt: isoDateTimeSchema.nullable(),
  /** The portal signs in without a password, by a one-time code or link sent to the email. */
  signInMethod: z.enum(signInMethods),
  /** Last time a one-time code or link for this email was used. */
  lastSignInAt: isoDateTimeSchema.nullable(),
  identityVerifiedAt: isoDateTimeSchema.nullable(),
  identityVerifiedBy: staffRefSchema.nullable(),
  identityNote: z.string().nullable(),
});
export type IdentityFacts = z.infer<typeof identityFactsSchema>;

/**
 * The identity question still waiting for an answer (Art. 12(6)). After
 * `reminderDate` (14 days) the handler is reminded and offered the refusal
 * of Art. 12(2) and 11(2) (ground `identity_not_confirmed`).
 */
export const openIdentityQuestionSchema = z.object({
  askedAt: isoDateTimeSchema,
  reminderDate: localDateSchema,
  isRefusalOffered: z.boolean(),
});
export type OpenIdentityQuestion = z.infer<typeof openIdentityQuestionSchema>;

export const recordLinkSchema = z.object({
  id: z.uuid(),
  recordType: linkableRecordTypeSchema,
  recordId: z.uuid(),
  /** Short description such as "Maija Meikäläinen, Yritys Oy". */
  label: z.string(),
  matchScore: z.int(),
  confirmedBy: staffRefSchema.nullable(),
  confirmedAt: isoDateTimeSchema,
  /** The record no longer exists (erased). */
  isGone: z.boolean(),
});
export type RecordLink = z.infer<typeof recordLinkSchema>;

export const restrictionGrounds = [
  'art18_1_a',
  'art18_1_b',
  'art18_1_c',
  'art18_1_d',
  'legal_hold_17_3_b',
  // Art. 21(1): an objection the controller had no overriding grounds against; stored only.
  'objection_21_1',
] as const;
export const restrictionGroundSchema = z.enum(restrictionGrounds);
export type RestrictionGround = z.infer<typeof restrictionGroundSchema>;

export const restrictionSchema = z.object({
  id: z.uuid(),
  recordType: recordTypeSchema,
  recordId: z.string(),
  ground: restrictionGroundSchema,
  reason: z.string(),
  requestId: z.string().nullable(),
  setAt: isoDateTimeSchema,
  setById: z.string().nullable(),
  subjectInformedAt: isoDateTimeSchema.nullable(),
  liftedAt: isoDateTimeSchema.nullable(),
  liftedById: z.string().nullable(),
});
export type RestrictionView = z.infer<typeof restrictionSchema>;

export const recipientNoticeSchema = z.object({
  id: z.uuid(),
  recipientName: z.string(),
  notifiedAt: isoDateTimeSchema,
  method: z.string(),
  staff: staffRefSchema.nullable(),
});
export type RecipientNoticeView = z.infer<typeof recipientNoticeSchema>;

export const consoleRequestDetailSchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  type: requestTypeSchema,
  status: consoleRequestStatusSchema,
  registers: z.array(registerIdSchema),
  locale: localeSchema,
  receivedAt: isoDateTimeSchema,
  /** Everything the subject sent, parsed from the stored JSON. */
  details: z.unknown(),
  assignee: staffRefSchema.nullable(),
  version: z.int(),
  closedAt: isoDateTimeSchema.nullable(),
  refusalGround: z.string().nullable(),
  refusalReason: z.string().nullable(),
  responseLetter: z.string().nullable(),
  /** Lifecycle actions the current status allows (domain state machine). */
  allowedActions: z.array(z.string()),
  deadline: consoleDeadlineSchema,
  identity: identityFactsSchema,
  /** An identity question not answered yet; null when none is waiting. */
  openIdentityQuestion: openIdentityQuestionSchema.nullable(),
  timeline: z.array(timelineEventSchema),
  messages: z.array(consoleMessageSchema),
  /** Confirmed records: every register action works on these only. */
  records: z.array(recordLinkSchema),
  restrictions: z.array(restrictionSchema),
  recipientNotices: z.array(recipientNoticeSchema),
  /**
   * Registers the request does not name that hold records matching the account's
   * email or phone: the answer may not say "this is all we have" without the handler
   * knowing (Art. 15(1); issue #17).
   */
  unnamedRegisterMatches: z.array(
    z.strictObject({ register: registerIdSchema, count: z.int().min(1) }),
  ),
});
export type ConsoleRequestDetail = z.infer<typeof consoleRequestDetailSchema>;
