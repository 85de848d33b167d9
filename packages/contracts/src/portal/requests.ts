// Data-subject requests as the subject submits and follows them in the portal.
// One strict schema per right (GDPR Art. 15–18, 20, 21), discriminated by `type`.
import { z } from 'zod';
import {
  freeTextSchema,
  localDateSchema,
  positiveDbIntSchema,
  registerIdSchema,
  registersSchema,
} from '../fields';
import { requestEventTypeViewSchema } from '../vocabulary/request-event-types';
import {
  attachmentDeletionReasonSchema,
  isoDateTimeSchema,
  marketingChannelSchema,
  requestTypeSchema,
  consoleRequestStatusSchema as requestStatusSchema,
} from '../console/common';

/** Details a rectification (Art. 16) can be about; `other` names the detail in `otherField`. */
export const rectificationFields = [
  'name',
  'company',
  'street_address',
  'postal_code',
  'city',
  'phone',
  'email',
  'other',
] as const;
export const rectificationFieldSchema = z.enum(rectificationFields);
export type RectificationField = z.infer<typeof rectificationFieldSchema>;

export const rectificationItemSchema = z
  .strictObject({
    field: rectificationFieldSchema,
    /** Which detail, when `field` is `other`. */
    otherField: freeTextSchema(200).optional(),
    /** What the register holds now, if the subject knows. */
    currentValue: freeTextSchema(1000).optional(),
    correctValue: freeTextSchema(1000).min(1, 'portal.correctValue.required'),
  })
  .refine((item) => item.field !== 'other' || (item.otherField ?? '').length > 0, {
    message: 'portal.otherField.required',
    path: ['otherField'],
  });
export type RectificationItem = z.infer<typeof rectificationItemSchema>;

/** The grounds a subject can invoke for restriction (GDPR Art. 18(1)(a)–(d)). */
export const subjectRestrictionGrounds = [
  'art18_1_a',
  'art18_1_b',
  'art18_1_c',
  'art18_1_d',
] as const;
export const subjectRestrictionGroundSchema = z.enum(subjectRestrictionGrounds);
export type SubjectRestrictionGround = z.infer<typeof subjectRestrictionGroundSchema>;

export const marketingChannelsSchema = z
  .array(marketingChannelSchema)
  .min(1, 'portal.channels.required')
  .max(4)
  .refine((list) => new Set(list).size === list.length, 'portal.channels.required');

/** Art. 15: confirmation, a copy and the information of 15(1)(a)–(h). */
export const accessRequestInputSchema = z.strictObject({
  type: z.literal('access'),
  registers: registersSchema,
  /** Anything that helps find the data (other addresses used, customer number…). */
  note: freeTextSchema(2000).optional(),
});

/** Art. 16 rectification. */
export const rectificationRequestInputSchema = z.strictObject({
  type: z.literal('rectification'),
  registers: registersSchema,
  items: z.array(rectificationItemSchema).min(1, 'portal.items.required').max(20),
  note: freeTextSchema(2000).optional(),
});

/** Art. 17 erasure; the controller keeps what the law requires (17(3)(b)). */
export const erasureRequestInputSchema = z.strictObject({
  type: z.literal('erasure'),
  registers: registersSchema,
  reason: freeTextSchema(2000).optional(),
});

/** Art. 18 restriction of processing. */
export const restrictionRequestInputSchema = z.strictObject({
  type: z.literal('restriction'),
  registers: registersSchema,
  ground: subjectRestrictionGroundSchema,
  explanation: freeTextSchema(2000).min(1, 'portal.explanation.required'),
});

/**
 * What the person objects to (Art. 21): direct marketing (21(2)–(3), absolute)
 * or processing based on legitimate interests (21(1), with grounds relating to
 * their particular situation; the controller may go on only with compelling
 * legitimate grounds that override them).
 */
export const objectionKinds = ['direct_marketing', 'legitimate_interests'] as const;
export const objectionKindSchema = z.enum(objectionKinds);
export type ObjectionKind = z.infer<typeof objectionKindSchema>;

/**
 * Art. 21 objection. `direct_marketing` (the default, and every objection
 * stored before Art. 21(1) was offered) is absolute and takes effect at once —
 * the API records the prohibition in the same transaction as the request — on
 * the `channels` chosen; it concerns the marketing register unless the subject
 * also names the customer register. `legitimate_interests` carries the
 * person's `grounds` for the handler to assess.
 */
export const objectionRequestInputSchema = z
  .strictObject({
    type: z.literal('objection'),
    kind: objectionKindSchema.default('direct_marketing'),
    /** Direct marketing only: the channels to stop. */
    channels: marketingChannelsSchema.optional(),
    /** Legitimate interests only: the grounds relating to the person's particular situation. */
    grounds: freeTextSchema(5000).optional(),
    registers: registersSchema.default(['marketing']),
    note: freeTextSchema(2000).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.kind === 'direct_marketing' && value.channels === undefined) {
      ctx.addIssue({ code: 'custom', path: ['channels'], message: 'portal.channels.required' });
    }
    if (value.kind === 'legitimate_interests' && !value.grounds) {
      ctx.addIssue({
        code: 'custom',
        path: ['grounds'],
        message: 'portal.objectionGrounds.required',
      });
    }
  });

/** Art. 20 portability: data the subject provided, machine-readable. */
export const portabilityRequestInputSchema = z.strictObject({
  type: z.literal('portability'),
  registers: registersSchema,
  note: freeTextSchema(2000).optional(),
});

/** POST /api/requests */
export const submitRequestInputSchema = z.discriminatedUnion('type', [
  accessRequestInputSchema,
  rectificationRequestInputSchema,
  erasureRequestInputSchema,
  restrictionRequestInputSchema,
  objectionRequestInputSchema,
  portabilityRequestInputSchema,
]);
export type SubmitRequestInput = z.input<typeof submitRequestInputSchema>;
/** What the API stores and returns as `details`. */
export type SubmittedRequestDetails = z.output<typeof submitRequestInputSchema>;

/** The deadline as the subject sees it (GDPR Art. 12(3)); the internal target is not shown. */
export const subjectDeadlineSchema = z.object({
  /** Local date of receipt in the controller's time zone; it does not count (Reg. 1182/71 Art. 3(1)). */
  receivedDate: localDateSchema,
  /** One month from receipt, plus any identity pause, moved to a working day. */
  dueDate: localDateSchema,
  /** Set only when the controller extended the deadline (Art. 12(3)). */
  extendedDueDate: localDateSchema.nullable(),
  extensionReason: z.string().nullable(),
  /** The date that applies now: `extendedDueDate` when extended, else `dueDate`. */
  effectiveDueDate: localDateSchema,
  isExtended: z.boolean(),
  /** The clock is paused while the controller waits for identity information (Art. 12(6)). */
  isSuspended: z.boolean(),
  pausedDays: z.int(),
});
export type SubjectDeadline = z.infer<typeof subjectDeadlineSchema>;

export const subjectRequestSummarySchema = z.object({
  id: z.uuid(),
  /** Human reference such as OIK-2026-7KQ4M2. */
  reference: z.string(),
  type: requestTypeSchema,
  status: requestStatusSchema,
  registers: z.array(registerIdSchema),
  receivedAt: isoDateTimeSchema,
  closedAt: isoDateTimeSchema.nullable(),
  deadline: subjectDeadlineSchema,
  /** Send back with a withdrawal (optimistic concurrency). */
  version: z.int(),
});
export type SubjectRequestSummary = z.infer<typeof subjectRequestSummarySchema>;

/** GET /api/requests: own requests, newest first. */
export const subjectRequestListSchema = z.object({
  requests: z.array(subjectRequestSummarySchema),
});
export type SubjectRequestList = z.infer<typeof subjectRequestListSchema>;

/**
 * What an objection to direct marketing recorded the moment it arrived
 * (Art. 21(2)–(3)): the channels on which marketing stopped, which of the
 * person's verified details went on the do-not-market list for those
 * channels, and how many entries of the marketing register were switched to
 * "prohibited" (none when the register holds nothing under the address — the
 * list entry still keeps the person from being added later).
 */
export const marketingStopSchema = z.object({
  channels: z.array(marketingChannelSchema),
  suppressed: z.array(z.enum(['email', 'phone'])),
  contacts: z.int().nonnegative(),
  recordedAt: isoDateTimeSchema,
});
export type MarketingStop = z.infer<typeof marketingStopSchema>;

/** POST /api/requests answer (201). */
export const submitRequestResponseSchema = z.object({
  request: subjectRequestSummarySchema,
  /** Set for an objection to direct marketing: what was recorded at once. */
  marketingStop: marketingStopSchema.nullable(),
});
export type SubmitRequestResponse = z.infer<typeof submitRequestResponseSchema>;

export const subjectRequestEventSchema = z.object({
  id: z.uuid(),
  /** A member of the closed vocabulary, or `unrecognised` (see requestEventTypeViewSchema). */
  type: requestEventTypeViewSchema,
  actorType: z.enum(['subject', 'staff', 'system']),
  /** Event data the subject may see (e.g. channels, extension reason). */
  data: z.unknown(),
  createdAt: isoDateTimeSchema,
});
export type SubjectRequestEvent = z.infer<typeof subjectRequestEventSchema>;

export const subjectAttachmentSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.int(),
  createdAt: isoDateTimeSchema,
  /** Set once the file itself was deleted; the name stays so the message still reads. */
  deletedAt: isoDateTimeSchema.nullable(),
  deletedReason: attachmentDeletionReasonSchema.nullable(),
});
export type SubjectAttachment = z.infer<typeof subjectAttachmentSchema>;

/** A message between the subject and the handler; internal notes are never included. */
export const subjectMessageSchema = z.object({
  id: z.uuid(),
  authorType: z.enum(['subject', 'staff']),
  body: z.string(),
  isIdentityAnswer: z.boolean(),
  createdAt: isoDateTimeSchema,
  attachments: z.array(subjectAttachmentSchema),
});
export type SubjectMessage = z.infer<typeof subjectMessageSchema>;

/** GET /api/requests/:id */
export const subjectRequestDetailSchema = subjectRequestSummarySchema.extend({
  /** What the subject submitted. */
  details: z.unknown(),
  /** The handler asked for identity information and the subject has not answered yet. */
  isAwaitingIdentity: z.boolean(),
  canWithdraw: z.boolean(),
  /** Whether a result package can be downloaded (exports feature). */
  isDownloadAvailable: z.boolean(),
  /**
   * Reasons for refusing (Art. 12(4)): when refused, or when completed with a
   * part of the request refused.
   */
  refusalReason: z.string().nullable(),
  /** The handler's answer, when completed. */
  responseLetter: z.string().nullable(),
  /** For an objection to direct marketing: what was recorded when it arrived. */
  marketingStop: marketingStopSchema.nullable(),
  events: z.array(subjectRequestEventSchema),
  messages: z.array(subjectMessageSchema),
});
export type SubjectRequestDetail = z.infer<typeof subjectRequestDetailSchema>;
export const subjectRequestDetailResponseSchema = z.object({ request: subjectRequestDetailSchema });
export type SubjectRequestDetailResponse = z.infer<typeof subjectRequestDetailResponseSchema>;

/** Upload limits, checked again on the server (type by the file's magic bytes). */
export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;
export const attachmentContentTypes = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type AttachmentContentType = (typeof attachmentContentTypes)[number];

/**
 * POST /api/requests/:id/messages: JSON, or multipart/form-data with these
 * fields plus an optional `file` part (PDF, PNG or JPEG, at most 5 MB).
 */
export const postRequestMessageInputSchema = z.strictObject({
  body: freeTextSchema(5000).min(1, 'portal.message.required'),
  /** The answer to the handler's identity question: ends the pause of the clock. */
  isIdentityAnswer: z
    .union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')])
    .default(false),
});
export type PostRequestMessageInput = z.input<typeof postRequestMessageInputSchema>;
export const postRequestMessageResponseSchema = z.object({ message: subjectMessageSchema });
export type PostRequestMessageResponse = z.infer<typeof postRequestMessageResponseSchema>;

/** POST /api/requests/:id/withdraw */
export const withdrawRequestInputSchema = z.strictObject({
  version: positiveDbIntSchema,
  reason: freeTextSchema(2000).optional(),
});
export type WithdrawRequestInput = z.input<typeof withdrawRequestInputSchema>;
export const withdrawRequestResponseSchema = z.object({ request: subjectRequestSummarySchema });
export type WithdrawRequestResponse = z.infer<typeof withdrawRequestResponseSchema>;
