import type { SyncRecordType } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { AppError } from '../../errors/app-error';
import type { RecordType } from '../../generated/sqlite/client';
import { findRestrictedIds } from './door-checks';

const restrictionTypeOf: Record<SyncRecordType, RecordType | null> = {
  customers: 'customer',
  'service-orders': 'service_order',
  'service-order-changes': null,
  invoices: 'invoice',
  'marketing-contacts': 'marketing_contact',
  'permission-events': null,
};

/** One record by externalId as stored, with whether it is restricted (Art. 18). */
export async function readSyncedRecord(
  ctx: AppContext,
  recordType: SyncRecordType,
  externalId: string,
): Promise<{ recordType: SyncRecordType; isRestricted: boolean; record: Record<string, unknown> }> {
  const p = ctx.db.prisma;
  const where = { externalId };
  const record: Record<string, unknown> | null =
    recordType === 'customers'
      ? await p.customer.findUnique({ where })
      : recordType === 'service-orders'
        ? await p.serviceOrder.findUnique({ where })
        : recordType === 'service-order-changes'
          ? await p.serviceOrderChange.findUnique({ where })
          : recordType === 'invoices'
            ? await p.invoice.findUnique({
                where,
                include: { lines: { orderBy: { lineNo: 'asc' } } },
              })
            : recordType === 'marketing-contacts'
              ? await p.marketingContact.findUnique({ where, include: { permissions: true } })
              : await p.marketingPermissionEvent.findUnique({ where });
  if (!record) throw new AppError('NOT_FOUND');
  const type = restrictionTypeOf[recordType];
  const isRestricted = type
    ? (await findRestrictedIds(p, type, [record.id as string])).size > 0
    : false;
  return { recordType, isRestricted, record };
}
