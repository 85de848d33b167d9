import type { ExportRecordRow } from '@oikeus/contracts';
import type { Db } from '../../db/client';
import { isoInstant, isoInstantOrNull } from './export-values';
import type { ExportScope } from './load-export-scope';
import { inBatches, pageByCursor, type RecordPages } from './page-by-cursor';

type RestrictedType = 'customer' | 'service_order' | 'invoice' | 'marketing_contact';

/**
 * GDPR Art. 18 restrictions and Art. 17(3)(b) legal holds on any of the
 * subject's records, lifted ones included (the history is theirs too). Who set
 * or lifted a marker is staff data and stays out (Art. 15(4)).
 */
export async function* readRestrictions(
  prisma: Db,
  scope: ExportScope,
): RecordPages<'restrictions'> {
  const ofRecords = async function* (recordType: RestrictedType, ids: readonly string[]) {
    for (const batch of inBatches(ids)) {
      const rows = await prisma.restriction.findMany({
        where: { recordType, recordId: { in: batch } },
        orderBy: [{ setAt: 'asc' }, { id: 'asc' }],
      });
      const mapped: ExportRecordRow<'restrictions'>[] = [];
      for (const r of rows) {
        mapped.push({
          id: r.id,
          recordType: r.recordType,
          recordId: r.recordId,
          ground: r.ground,
          reason: await scope.masker.maskText(r.reason),
          requestId: r.requestId,
          setAt: isoInstant(r.setAt),
          liftedAt: isoInstantOrNull(r.liftedAt),
          subjectInformedAt: isoInstantOrNull(r.subjectInformedAt),
        });
      }
      if (mapped.length > 0) yield mapped;
    }
  };

  yield* ofRecords('customer', scope.customerIds);
  for await (const orders of pageByCursor((args) =>
    prisma.serviceOrder.findMany({
      where: { customerId: { in: scope.customerIds } },
      orderBy: { id: 'asc' },
      select: { id: true },
      ...args,
    }),
  )) {
    yield* ofRecords(
      'service_order',
      orders.map((o) => o.id),
    );
  }
  // Invoice ids a page at a time: a long customer history can hold thousands of vouchers.
  for await (const invoices of pageByCursor((args) =>
    prisma.invoice.findMany({
      where: { customerId: { in: scope.customerIds } },
      orderBy: { id: 'asc' },
      select: { id: true },
      ...args,
    }),
  )) {
    yield* ofRecords(
      'invoice',
      invoices.map((i) => i.id),
    );
  }
  yield* ofRecords('marketing_contact', scope.contactIds);
}
