// What can happen to a rights request, as its timeline records it. A closed
// vocabulary: the API can write only these, and every UI maps each member to
// a localised label (`satisfies Record<RequestEventType, string>`), so a new
// event without a label is a compile error.
import { z } from 'zod';

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
  'recipient_notified',
  'completed',
  'refused',
  'withdrawn',
] as const;
export const requestEventTypeSchema = z.enum(requestEventTypes);
export type RequestEventType = (typeof requestEventTypes)[number];

/**
 * What a response carries in `type`. A stored row whose type is not (or no
 * longer) in the vocabulary reads as `unrecognised` instead of failing the
 * whole answer: the timeline table is append-only, so a renamed event can
 * never be rewritten, and one old row must not take the page down. The UIs
 * show their generic line for it.
 */
// A preprocess, not `.catch`: the OpenAPI generator describes a preprocess
// by its target (the enum) but cannot describe a catch.
export const requestEventTypeViewSchema = z.preprocess(
  (stored) =>
    (requestEventTypes as readonly unknown[]).includes(stored) ? stored : 'unrecognised',
  z.enum([...requestEventTypes, 'unrecognised']),
);
export type RequestEventTypeView = z.output<typeof requestEventTypeViewSchema>;

/** Reads a stored event type for a response (see `requestEventTypeViewSchema`). */
export function readRequestEventType(stored: string): RequestEventTypeView {
  return requestEventTypeViewSchema.parse(stored);
}
