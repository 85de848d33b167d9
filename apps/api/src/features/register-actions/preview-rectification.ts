import type { Locale, RectificationPreview, RequestedValue } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { AppError } from '../../errors/app-error';
import { parseJsonText } from '../../db/parse-json-text';
import { recordLabel } from '../../registers/record-label';
import { loadConfirmedRecords } from './confirmed-records';
import { fieldsOf, readField, storedValue } from './rectification-fields';
import { requestedValuesFromDetails } from './requested-values';

/**
 * Field-by-field diff of every confirmed record against the requested values
 * (the subject's, or the handler's own when given). Nothing changes here.
 */
export async function previewRectification(
  ctx: AppContext,
  input: { requestId: string; requested?: RequestedValue[] | undefined },
  locale: Locale,
): Promise<RectificationPreview> {
  const request = await ctx.db.prisma.rightsRequest.findUnique({
    where: { id: input.requestId },
    select: { details: true },
  });
  if (!request) throw new AppError('NOT_FOUND');
  const requested = input.requested ?? requestedValuesFromDetails(parseJsonText(request.details));
  const { customers, contacts } = await loadConfirmedRecords(ctx.db.prisma, input.requestId);
  const records = [
    ...customers.map((r) => ({ recordType: 'customer' as const, r })),
    ...contacts.map((r) => ({ recordType: 'marketing_contact' as const, r })),
  ];
  return {
    requested,
    records: records.map(({ recordType, r }) => ({
      recordType,
      recordId: r.id,
      label: recordLabel(r, locale),
      fields: requested
        .filter((v) => fieldsOf(recordType).includes(v.field))
        .map((v) => {
          const current = readField(r, v.field);
          const next = storedValue(v.field, v.value);
          return { field: v.field, current, requested: next, isChange: current !== next };
        }),
    })),
  };
}
