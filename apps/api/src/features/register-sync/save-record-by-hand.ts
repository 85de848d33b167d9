import { randomUUID } from 'node:crypto';
import { idSchema, type ConsoleRecordWriteResult, type Locale } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { AppError } from '../../errors/app-error';
import { refusedAtTheDoor } from './upsert-context';
import { applyRegisterRecords } from './apply-register-records';
import { handExternalIdOf } from './hand-external-id';
import { recordSyncRun } from './record-sync-run';
import { validateRegisterRecords } from './validate-register-records';

type HandType = 'customers' | 'marketing-contacts';

/**
 * A staff member adds or edits a customer or marketing contact by hand, with
 * its source (Art. 14(2)(f), 15(1)(g)). It goes through the same schema and
 * door checks as an import; records made here get an externalId of their own
 * so later imports and syncs treat them alike. Audited as register.record_edited.
 */
export async function saveRecordByHand(
  ctx: AppContext,
  input: {
    recordType: HandType;
    /** Editing: the record's id. Adding: absent. */
    id?: string;
    data: Record<string, unknown>;
    staffId: string;
    locale: Locale;
  },
): Promise<ConsoleRecordWriteResult> {
  const startedAt = ctx.clock.now();
  let externalId = typeof input.data.externalId === 'string' ? input.data.externalId : undefined;
  if (input.id) {
    const model =
      input.recordType === 'customers' ? ctx.db.prisma.customer : ctx.db.prisma.marketingContact;
    const row = await (model as typeof ctx.db.prisma.customer).findUnique({
      where: { id: input.id },
      select: { id: true, externalId: true },
    });
    if (!row) throw new AppError('NOT_FOUND');
    if (!row.externalId) {
      externalId = handExternalIdOf(row.id);
      await (model as typeof ctx.db.prisma.customer).update({
        where: { id: row.id },
        data: { externalId },
      });
    } else {
      externalId = row.externalId;
    }
  }
  if (input.recordType === 'marketing-contacts') {
    await giveLinkedCustomerItsKey(ctx, input.data.customerExternalId);
  }
  const { records, issues } = validateRegisterRecords(
    input.recordType,
    [{ data: { ...input.data, externalId: externalId ?? `console-${randomUUID()}` } }],
    {},
    input.locale,
  );
  if (issues.length > 0) {
    // zod's messages, parsed in the caller's language (validate-register-records.ts).
    throw new AppError(
      'VALIDATION_FAILED',
      undefined,
      undefined,
      issues.map((i) => ({ path: i.path, message: i.message })),
    );
  }
  const { results, counts } = await applyRegisterRecords(ctx, {
    recordType: input.recordType,
    upsert: records,
    locale: input.locale,
    staffId: input.staffId,
  });
  const result = results[0];
  if (!result || result.outcome === 'refused' || !result.id) {
    throw refusedAtTheDoor(result?.reason);
  }
  await recordSyncRun(ctx, {
    kind: 'console',
    recordType: input.recordType,
    source: records[0]?.source ?? 'portal',
    sourceDetail: records[0]?.sourceDetail ?? null,
    staffId: input.staffId,
    status: 'completed',
    counts,
    startedAt,
    recordIds: {
      created: result.outcome === 'created' ? [result.id] : [],
      updated: result.outcome === 'updated' ? [result.id] : [],
      deleted: [],
    },
  });
  return {
    id: result.id,
    outcome:
      result.outcome === 'created'
        ? 'created'
        : result.outcome === 'updated'
          ? 'updated'
          : 'unchanged',
    isRestricted: result.isRestricted,
  };
}

/**
 * A contact's customer link travels as the customer's externalId. A customer
 * without one (demo data, records older than imports) is shown to the form as
 * its console key (get-record-history.ts); it gets that key here, so the link
 * is kept instead of refused as a missing reference.
 */
async function giveLinkedCustomerItsKey(ctx: AppContext, customerExternalId: unknown) {
  if (typeof customerExternalId !== 'string') return;
  const id = customerExternalId.trim().replace(/^console-/, '');
  if (handExternalIdOf(id) !== customerExternalId.trim()) return;
  if (!idSchema.safeParse(id).success) return;
  await ctx.db.prisma.customer.updateMany({
    where: { id, externalId: null },
    data: { externalId: handExternalIdOf(id) },
  });
}
