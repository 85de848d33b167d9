// The register sync API (/api/registers/v1) and the API keys that reach it.
import { recordSourceSchema } from '@oikeus/domain';
import { z } from 'zod';
import { isoDateTimeSchema } from '../console/common';
import { freeTextSchema, localDateSchema } from '../fields';
import { externalIdSchema, syncRecordTypeSchema } from './register-records';

/** At most this many records per batch call. */
export const SYNC_BATCH_LIMIT = 1000;

/**
 * Why an upsert was refused at the door: `suppressed` — a marketing permission
 * for an address on the suppression list (Art. 17, 21(3)); `erased` — the
 * record was erased earlier and carries no legal-obligation flag (Art. 17);
 * `reference_missing` — the customer, order or contact it points at is not
 * held; `has_vouchers` — a customer with accounting vouchers cannot be deleted
 * (Kirjanpitolaki 1336/1997 2:10); `history_kept` — permission events are history and are not deleted;
 * `restricted` — a restricted record is not deleted (Art. 18(2)); `duplicate_number` — another
 * invoice has the number.
 */
export const syncRefusalReasons = [
  'suppressed',
  'erased',
  'reference_missing',
  'has_vouchers',
  'history_kept',
  'restricted',
  'duplicate_number',
] as const;
export const syncRefusalReasonSchema = z.enum(syncRefusalReasons);
export type SyncRefusalReason = z.infer<typeof syncRefusalReasonSchema>;

export const syncOutcomes = [
  'created',
  'updated',
  'unchanged',
  'deleted',
  'not_found',
  'refused',
] as const;
export const syncOutcomeSchema = z.enum(syncOutcomes);
export type SyncOutcome = z.infer<typeof syncOutcomeSchema>;

export const syncRecordResultSchema = z.object({
  externalId: z.string(),
  outcome: syncOutcomeSchema,
  /** The record's id in Oikeus (absent when refused or not found). */
  id: z.uuid().optional(),
  /**
   * The record is under an Art. 18 restriction or legal hold: the data was
   * stored but stays restricted (Art. 18(2)).
   */
  isRestricted: z.boolean(),
  reason: syncRefusalReasonSchema.optional(),
  message: z.string().optional(),
});
export type SyncRecordResult = z.infer<typeof syncRecordResultSchema>;

export const syncCountsSchema = z.object({
  created: z.int(),
  updated: z.int(),
  unchanged: z.int(),
  deleted: z.int(),
  notFound: z.int(),
  refused: z.int(),
  refusedSuppressed: z.int(),
  refusedErased: z.int(),
  restricted: z.int(),
});
export type SyncCounts = z.infer<typeof syncCountsSchema>;

/** Source defaults for records that do not name their own. */
export const syncSourceDefaultsSchema = z.object({
  source: recordSourceSchema.optional(),
  sourceDetail: freeTextSchema(500).optional(),
});

export const syncBatchInputSchema = syncSourceDefaultsSchema.extend({
  /** Records of the path's type; each is validated, and one invalid record stops the whole batch. */
  upsert: z.array(z.record(z.string(), z.unknown())).max(SYNC_BATCH_LIMIT).default([]),
  delete: z.array(externalIdSchema).max(SYNC_BATCH_LIMIT).default([]),
});
export type SyncBatchInput = z.input<typeof syncBatchInputSchema>;

export const syncBatchResponseSchema = z.object({
  results: z.array(syncRecordResultSchema),
  counts: syncCountsSchema,
});
export type SyncBatchResponse = z.infer<typeof syncBatchResponseSchema>;

export const apiKeyAccesses = ['read', 'write'] as const;
export const apiKeyAccessSchema = z.enum(apiKeyAccesses);
export type ApiKeyAccess = z.infer<typeof apiKeyAccessSchema>;

export const createApiKeyInputSchema = z.object({
  name: z.string().trim().min(1, 'text.required').max(100, 'text.tooLong'),
  recordTypes: z
    .array(syncRecordTypeSchema)
    .min(1, 'text.required')
    .refine((list) => new Set(list).size === list.length, 'text.required'),
  access: apiKeyAccessSchema,
  /** Last day the key works; keys without one work until revoked. */
  expiresOn: localDateSchema.optional(),
});
export type CreateApiKeyInput = z.input<typeof createApiKeyInputSchema>;

export const apiKeyViewSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  /** The public part of the key, so staff can tell keys apart; the secret is never shown again. */
  prefix: z.string(),
  recordTypes: z.array(syncRecordTypeSchema),
  access: apiKeyAccessSchema,
  expiresAt: isoDateTimeSchema.nullable(),
  revokedAt: isoDateTimeSchema.nullable(),
  lastUsedAt: isoDateTimeSchema.nullable(),
  createdAt: isoDateTimeSchema,
  isActive: z.boolean(),
});
export type ApiKeyView = z.infer<typeof apiKeyViewSchema>;

export const createApiKeyResponseSchema = z.object({
  apiKey: apiKeyViewSchema,
  /** The whole key, shown this once: only its hash is stored. */
  key: z.string(),
});
export type CreateApiKeyResponse = z.infer<typeof createApiKeyResponseSchema>;

export const apiKeyListSchema = z.object({ items: z.array(apiKeyViewSchema) });
export type ApiKeyList = z.infer<typeof apiKeyListSchema>;
