// Shapes shared by every staff-console contract.
import { requestStatuses } from '@oikeus/domain';
import { z } from 'zod';
import { isoDateTimeSchema, localDateSchema, positiveDbIntSchema } from '../fields';

/** Staff roles: handler works requests, admin also manages staff, auditor only reads (every GET, no writes). */
export const staffRoles = ['handler', 'admin', 'auditor'] as const;
export const staffRoleSchema = z.enum(staffRoles);
export type StaffRole = z.infer<typeof staffRoleSchema>;

export const requestTypes = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'objection',
  'portability',
] as const;
export const requestTypeSchema = z.enum(requestTypes);
export type RequestType = z.infer<typeof requestTypeSchema>;

/** The domain's request statuses (the lifecycle owns them). */
export const consoleRequestStatuses = requestStatuses;
export const consoleRequestStatusSchema = z.enum(consoleRequestStatuses);
export type ConsoleRequestStatus = z.infer<typeof consoleRequestStatusSchema>;

/** Register record kinds a link, restriction or audit row can point at. */
export const recordTypes = ['customer', 'service_order', 'invoice', 'marketing_contact'] as const;
export const recordTypeSchema = z.enum(recordTypes);
export type RecordType = z.infer<typeof recordTypeSchema>;

/** Top-level records a handler can confirm as the subject's (the rest follow from them). */
export const linkableRecordTypes = ['customer', 'marketing_contact'] as const;
export const linkableRecordTypeSchema = z.enum(linkableRecordTypes);
export type LinkableRecordType = z.infer<typeof linkableRecordTypeSchema>;

export const marketingChannels = ['email', 'sms', 'phone', 'post'] as const;
export const marketingChannelSchema = z.enum(marketingChannels);

/** How a request reached the controller (issue #18); every form counts (EDPB 01/2022 §52). */
export const requestChannels = [
  'portal',
  'email',
  'letter',
  'phone',
  'in_person',
  'other',
] as const;
export const requestChannelSchema = z.enum(requestChannels);
export type RequestChannel = z.infer<typeof requestChannelSchema>;
export type MarketingChannel = z.infer<typeof marketingChannelSchema>;

export { isoDateTimeSchema, localDateSchema };

/**
 * Optimistic concurrency: every write on a request carries the version the
 * handler saw; a second writer gets 409 CONFLICT instead of overwriting.
 */
export const expectedVersionSchema = positiveDbIntSchema;
export const versionedInputSchema = z.object({ version: expectedVersionSchema });

/** The request's version after a write, to send with the next write. */
export const writeResultSchema = z.object({ requestId: z.uuid(), version: z.int().positive() });
export type WriteResult = z.infer<typeof writeResultSchema>;

export const staffRefSchema = z.object({ id: z.uuid(), name: z.string(), email: z.string() });
export type StaffRef = z.infer<typeof staffRefSchema>;

/** Query-string list: `?status=a&status=b` or `?status=a,b`. */
export function queryListSchema<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => {
    if (value === undefined || value === '') return undefined;
    const list = Array.isArray(value) ? value : [value];
    return list.flatMap((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : [v]));
  }, z.array(item).optional());
}

/**
 * Why a file the subject sent is gone: identity documents are deleted once
 * identity is verified, every file once the request closes (the notice).
 */
export const attachmentDeletionReasons = ['identity_verified', 'request_closed'] as const;
export const attachmentDeletionReasonSchema = z.enum(attachmentDeletionReasons);
export type AttachmentDeletionReason = z.infer<typeof attachmentDeletionReasonSchema>;
