import type {
  ApplyRectificationResult,
  RectifiableField,
  RectificationChange,
} from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import type { Prisma } from '../../generated/sqlite/client';
import { fieldError } from '../../errors/app-error';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { changeRequest } from '../request-core/change-request';
import { loadRequestForWrite } from '../request-core/load-request-for-write';
import { actionTexts, fieldLabel, subjectLocale } from './action-texts';
import { assertHasRecords, loadConfirmedRecords } from './confirmed-records';
import { fieldsOf, isRequiredField, readField, storedValue } from './rectification-fields';

/**
 * GDPR Art. 16: applies exactly the field changes the handler confirmed, on
 * confirmed records only, with a before/after audit entry per record, a
 * timeline event and a portal message to the subject, in one transaction.
 */
export async function applyRectification(
  ctx: AppContext,
  input: { requestId: string; version: number; staffId: string; changes: RectificationChange[] },
): Promise<ApplyRectificationResult> {
  return inTransaction(ctx.db, async (tx) => {
    const request = await loadRequestForWrite(tx, input);
    const records = await loadConfirmedRecords(tx, request.id);
    assertHasRecords(records);
    const now = ctx.clock.now();

    const byRecord = new Map<
      string,
      { recordType: RectificationChange['recordType']; changes: RectificationChange[] }
    >();
    for (const change of input.changes) {
      const key = `${change.recordType}:${change.recordId}`;
      const entry = byRecord.get(key) ?? { recordType: change.recordType, changes: [] };
      entry.changes.push(change);
      byRecord.set(key, entry);
    }

    const applied: ApplyRectificationResult['applied'] = [];
    for (const { recordType, changes } of byRecord.values()) {
      const recordId = changes[0]?.recordId ?? '';
      const record =
        recordType === 'customer'
          ? records.customers.find((c) => c.id === recordId)
          : records.contacts.find((c) => c.id === recordId);
      if (!record) throw fieldError('changes', 'console.recordNotConfirmed');
      const before: Partial<Record<RectifiableField, string | null>> = {};
      const after: Partial<Record<RectifiableField, string | null>> = {};
      for (const change of changes) {
        if (!fieldsOf(recordType).includes(change.field)) {
          throw fieldError(`changes.${change.field}`, 'console.fieldNotOnRecord');
        }
        const value = storedValue(change.field, change.value);
        if (value === null && isRequiredField(change.field)) {
          throw fieldError(`changes.${change.field}`, 'text.required');
        }
        const previous = readField(record, change.field);
        if (previous === value) continue;
        before[change.field] = previous;
        after[change.field] = value;
        applied.push({ ...change, value, previous });
      }
      if (Object.keys(after).length === 0) continue;
      // Required fields were checked non-null and foreign fields refused above.
      if (recordType === 'customer')
        await tx.customer.update({
          where: { id: recordId },
          data: after as Prisma.CustomerUpdateInput,
        });
      else
        await tx.marketingContact.update({
          where: { id: recordId },
          data: after as Prisma.MarketingContactUpdateInput,
        });
      await appendAuditEntry(tx, ctx.db, {
        at: now,
        actorType: 'staff',
        actorId: input.staffId,
        action: 'register.rectified',
        requestId: request.id,
        recordType,
        recordId,
        details: { before, after },
      });
    }

    const fields = [...new Set(applied.map((a) => a.field))];
    const locale = subjectLocale(request.locale);
    const { version } = await changeRequest(tx, ctx, request, {
      actor: { type: 'staff', id: input.staffId },
      event: { type: 'rectification_applied', data: { fields, records: byRecord.size } },
      ...(fields.length > 0
        ? {
            subjectMessage: {
              body: actionTexts.rectificationDone[locale](
                fields.map((f) => fieldLabel(f, locale)).join(', '),
              ),
              mailDedupeKey: `rectification:${request.id}:${request.version + 1}`,
            },
          }
        : {}),
    });
    return { requestId: request.id, version, applied };
  });
}
