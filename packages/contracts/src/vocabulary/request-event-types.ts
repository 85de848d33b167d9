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
