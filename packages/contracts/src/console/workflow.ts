// Lifecycle and housekeeping writes on a request. Each carries `version`.
import { z } from 'zod';
import { freeTextSchema } from '../fields';
import { versionedInputSchema } from './common';

export const addInternalNoteInputSchema = versionedInputSchema.extend({
  body: freeTextSchema(10_000).min(1, 'text.required'),
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
});
export type RequestIdentityInfoInput = z.input<typeof requestIdentityInfoInputSchema>;
