import { z } from 'zod';

/**
 * Where a record's data came from. Every record keeps one of these so an
 * access export can name the source (GDPR Art. 15(1)(g)).
 */
export const recordSourceSchema = z.enum([
  'web_form',
  'email',
  'phone',
  'social_media',
  'contract',
  'meeting',
  'public_source',
  // Data the subject entered or corrected in this portal (e.g. a rectification).
  'portal',
  // A letter to the contact person (permissions and prohibitions received in writing).
  'letter',
]);
export type RecordSource = z.infer<typeof recordSourceSchema>;
export const RECORD_SOURCES = recordSourceSchema.options;
