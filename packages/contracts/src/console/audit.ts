// The audit trail as staff read it (admin, auditor; handlers see a request's own).
import { z } from 'zod';
import { isoDateTimeSchema } from './common';
import { auditActionSchema, auditActionViewSchema } from '../vocabulary/audit-actions';
import { positiveDbIntQuerySchema } from '../fields';

export const auditEntrySchema = z.object({
  seq: z.int(),
  at: isoDateTimeSchema,
  actorType: z.enum(['subject', 'staff', 'system']),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: auditActionViewSchema,
  requestId: z.string().nullable(),
  /** The request's reference (OIK-2026-00042), the handle staff know it by. */
  requestReference: z.string().nullable(),
  recordType: z.string().nullable(),
  recordId: z.string().nullable(),
  details: z.unknown(),
  hash: z.string(),
});
export type AuditEntryView = z.infer<typeof auditEntrySchema>;

export const AUDIT_PAGE_SIZE = 100;

/** A request as staff name it: its reference (OIK-2026-00042, any case) or its id. */
const requestIdOrReferenceSchema = z
  .string()
  .trim()
  .regex(
    /^(OIK-[0-9A-Z-]{1,30}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i,
    'request.idOrReference',
  )
  .transform((value) => (value.toUpperCase().startsWith('OIK-') ? value.toUpperCase() : value));

export const auditQuerySchema = z.object({
  requestId: requestIdOrReferenceSchema.optional(),
  actorId: z.string().max(100).optional(),
  action: auditActionSchema.optional(),
  /** Entries with seq below this (newest first paging). */
  before: positiveDbIntQuerySchema.optional(),
});
export type AuditQuery = z.input<typeof auditQuerySchema>;

export const auditPageSchema = z.object({
  items: z.array(auditEntrySchema),
  nextBefore: z.int().nullable(),
});
export type AuditPage = z.infer<typeof auditPageSchema>;
