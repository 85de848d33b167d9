// Console views and hand edits of register records (issue #25).
import { recordSourceSchema } from '@oikeus/domain';
import { z } from 'zod';
import { isoDateTimeSchema, marketingChannelSchema } from '../console/common';
import { freeTextSchema } from '../fields';
import { customerRecordSchema, marketingContactRecordSchema } from './register-records';
import { flexibleDateTimeSchema } from './register-values';
import { syncCountsSchema } from './register-sync';

/** A customer or marketing contact added or edited by hand: the same fields, the source required, externalId optional. */
export const consoleCustomerInputSchema = customerRecordSchema
  .omit({ externalId: true, legalObligation: true })
  .extend({ externalId: customerRecordSchema.shape.externalId.optional() });
export type ConsoleCustomerInput = z.input<typeof consoleCustomerInputSchema>;

export const consoleMarketingContactInputSchema = marketingContactRecordSchema
  .omit({ externalId: true })
  .extend({ externalId: marketingContactRecordSchema.shape.externalId.optional() });
export type ConsoleMarketingContactInput = z.input<typeof consoleMarketingContactInputSchema>;

/**
 * A permission or prohibition the contact person received by phone or letter
 * (or another channel), recorded by hand with who, when and how (Art. 7(1):
 * the controller must be able to show consent; Art. 21(3)).
 */
export const recordPermissionInputSchema = z.object({
  channel: marketingChannelSchema,
  decision: z.enum(['granted', 'prohibited']),
  decidedAt: flexibleDateTimeSchema,
  method: recordSourceSchema,
  note: freeTextSchema(2000).optional(),
});
export type RecordPermissionInput = z.input<typeof recordPermissionInputSchema>;

export const consoleRecordWriteResultSchema = z.object({
  id: z.uuid(),
  outcome: z.enum(['created', 'updated', 'unchanged']),
  isRestricted: z.boolean(),
});
export type ConsoleRecordWriteResult = z.infer<typeof consoleRecordWriteResultSchema>;

export const holdingsSchema = z.object({
  registers: z.array(
    z.object({
      registerId: z.enum(['customer', 'marketing']),
      recordTypes: z.array(z.object({ recordType: z.string(), count: z.int() })),
    }),
  ),
  /** The last import and the last sync per source. */
  lastRuns: z.array(
    z.object({
      kind: z.string(),
      source: z.string(),
      sourceDetail: z.string().nullable(),
      recordType: z.string(),
      status: z.string(),
      isDryRun: z.boolean(),
      finishedAt: isoDateTimeSchema,
      counts: syncCountsSchema.partial().catchall(z.int()),
    }),
  ),
});
export type Holdings = z.infer<typeof holdingsSchema>;

export const recordHistorySchema = z.object({
  recordType: z.enum(['customer', 'marketing_contact']),
  record: z.record(z.string(), z.unknown()),
  restrictions: z.array(
    z.object({
      id: z.uuid(),
      recordType: z.string(),
      recordId: z.string(),
      ground: z.string(),
      reason: z.string(),
      setAt: isoDateTimeSchema,
      liftedAt: isoDateTimeSchema.nullable(),
    }),
  ),
  /** Orders with their changes (customers) or permission events (contacts), oldest first. */
  changes: z.array(
    z.object({
      at: isoDateTimeSchema,
      kind: z.string(),
      description: z.string(),
      source: z.string().nullable(),
    }),
  ),
  requests: z.array(
    z.object({
      id: z.uuid(),
      reference: z.string(),
      type: z.string(),
      status: z.string(),
      confirmedAt: isoDateTimeSchema,
    }),
  ),
});
export type RecordHistory = z.infer<typeof recordHistorySchema>;
