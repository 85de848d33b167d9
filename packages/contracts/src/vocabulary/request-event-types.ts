// What can happen to a rights request, as its timeline records it. A closed
// vocabulary: the API can write only these, each with its own `data` shape
// (a discriminated union in the manner of documenso's document-audit-logs),
// and every UI maps each member to a localised label
// (`satisfies Record<RequestEventType, string>`), so a new event without a
// label is a compile error.
import { z } from 'zod';
import {
  art18GroundSchema,
  objectionAssessmentOutcomeSchema,
  refusalGroundSchema,
} from '../console/actions';
import { marketingChannelSchema, requestChannelSchema } from '../console/common';
import { exportKindSchema } from '../exports/export-data';
import { localDateSchema } from '../fields';

export const requestEventTypes = [
  'submitted',
  'marketing_prohibited',
  'assigned',
  'started',
  'identity_info_requested',
  'identity_answered',
  'identity_verified',
  'internal_note_added',
  'records_updated',
  'deadline_extended',
  'export_compiled',
  'result_released',
  'rectification_applied',
  'erasure_applied',
  'restriction_applied',
  'restriction_lift_notice_sent',
  'restriction_lifted',
  'objection_applied',
  'objection_assessed',
  'recipient_notified',
  'completed',
  'refused',
  'withdrawn',
] as const;
export const requestEventTypeSchema = z.enum(requestEventTypes);
export type RequestEventType = (typeof requestEventTypes)[number];

const count = z.int().nonnegative();
const noData = z.null();

function event<TType extends RequestEventType, TData extends z.ZodType>(type: TType, data: TData) {
  return z.object({ type: z.literal(type), data });
}

/**
 * One member per event type with the `data` stored beside it (JSON in the
 * `RequestEvent.data` column). Data never holds personal data beyond what the
 * request already shows: ids, counts, dates, grounds.
 */
export const requestEventSchema = z.discriminatedUnion('type', [
  event(
    'submitted',
    z.object({
      reference: z.string(),
      dueDate: localDateSchema,
      /** Set when a handler logged a request that came by letter, email, phone… (issue #18). */
      channel: requestChannelSchema.optional(),
    }),
  ),
  event(
    'marketing_prohibited',
    z.object({
      channels: z.array(marketingChannelSchema),
      contacts: count,
      /**
       * The person's verified details put on the do-not-market list, each for
       * every one of `channels` (Art. 21(3)); absent in events written before
       * the list was kept per channel.
       */
      suppressed: z.array(z.enum(['email', 'phone'])).optional(),
    }),
  ),
  event('assigned', z.object({ from: z.string().nullable(), to: z.string().nullable() })),
  event('started', noData),
  event('identity_info_requested', noData),
  event('identity_answered', z.object({ messageId: z.string(), dueDate: localDateSchema })),
  event('identity_verified', z.object({ dueDate: localDateSchema })),
  event('internal_note_added', z.object({ messageId: z.string() })),
  event('records_updated', z.object({ confirmed: count, unconfirmed: count })),
  event(
    'deadline_extended',
    z.object({ previousDueDate: localDateSchema, newDueDate: localDateSchema, reason: z.string() }),
  ),
  event('export_compiled', z.object({ exportId: z.string(), kind: exportKindSchema })),
  event('result_released', z.object({ kind: exportKindSchema, expiresAt: z.iso.datetime() })),
  event('rectification_applied', z.object({ fields: z.array(z.string()), records: count })),
  event(
    'erasure_applied',
    z.object({
      customersDeleted: count,
      customersAnonymised: count,
      marketingContactsDeleted: count,
      vouchersKept: count,
      /** Orders behind kept vouchers, held with them (Kirjanpitolaki 2:10). */
      serviceOrdersKept: count.optional(),
      /** Stored packages destroyed with the data (Art. 17(1)). */
      exportPackagesDeleted: count.optional(),
    }),
  ),
  event('restriction_applied', z.object({ ground: art18GroundSchema, records: count })),
  event('restriction_lift_notice_sent', z.object({ restrictionId: z.string() })),
  event('restriction_lifted', z.object({ restrictionId: z.string() })),
  event(
    'objection_applied',
    z.object({ channels: z.array(marketingChannelSchema), contacts: count }),
  ),
  event(
    'objection_assessed',
    z.object({ outcome: objectionAssessmentOutcomeSchema, records: count }),
  ),
  event(
    'recipient_notified',
    z.object({ recipientName: z.string(), notifiedAt: z.iso.datetime() }),
  ),
  event(
    'completed',
    // Set when the completion refused part of the request (Art. 12(4)); null otherwise.
    z.object({ partialRefusalGround: refusalGroundSchema }).nullable(),
  ),
  event('refused', z.object({ ground: refusalGroundSchema })),
  event('withdrawn', z.object({ reason: z.string() }).nullable()),
]);
/** An event as the API writes it: the type and its typed data. */
export type RequestEvent = z.infer<typeof requestEventSchema>;
/** The data of one event type. */
export type RequestEventData<TType extends RequestEventType> = Extract<
  RequestEvent,
  { type: TType }
>['data'];

/**
 * Who sees an event on the timeline: `subject` events also reach the portal;
 * `staff` events are the handler's working notes (assignment, record
 * matching, compiled packages) and stay in the console.
 */
export const requestEventAudience = {
  submitted: 'subject',
  marketing_prohibited: 'subject',
  assigned: 'staff',
  started: 'subject',
  identity_info_requested: 'subject',
  identity_answered: 'subject',
  identity_verified: 'subject',
  internal_note_added: 'staff',
  records_updated: 'staff',
  deadline_extended: 'subject',
  export_compiled: 'staff',
  result_released: 'subject',
  rectification_applied: 'subject',
  erasure_applied: 'subject',
  restriction_applied: 'subject',
  restriction_lift_notice_sent: 'subject',
  restriction_lifted: 'subject',
  objection_applied: 'subject',
  objection_assessed: 'subject',
  recipient_notified: 'subject',
  completed: 'subject',
  refused: 'subject',
  withdrawn: 'subject',
} as const satisfies Record<RequestEventType, 'subject' | 'staff'>;

// Every member has a data schema: a type without one fails to compile here.
const everyTypeHasData: [Exclude<RequestEventType, RequestEvent['type']>] extends [never]
  ? true
  : false = true;
void everyTypeHasData;

/**
 * What a response carries in `type`. The API sends only members (it leaves
 * out stored rows that are not). A reader still parses tolerantly: events are
 * append-only, so a renamed type can never be rewritten, and an answer from a
 * newer or older API than the page must not fail the whole page. Such an
 * event reads as `unrecognised` and the UIs show their generic line for it.
 */
// A preprocess, not `.catch`: the OpenAPI generator describes a preprocess
// by its target (the enum) but cannot describe a catch.
export const requestEventTypeViewSchema = z.preprocess(
  (stored) =>
    (requestEventTypes as readonly unknown[]).includes(stored) ? stored : 'unrecognised',
  z.enum([...requestEventTypes, 'unrecognised']),
);
export type RequestEventTypeView = z.output<typeof requestEventTypeViewSchema>;
