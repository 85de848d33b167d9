import type { ServiceOrderChangeRecord, SyncRecordResult } from '@oikeus/contracts';
import { findRestrictedIds } from './door-checks';
import { dateOf, hasSameValues } from './sync-values';
import { refused, type UpsertContext } from './upsert-context';

/** The history of an ordered service (notice section 5a), by externalId. */
export async function upsertServiceOrderChanges(
  u: UpsertContext,
  records: ServiceOrderChangeRecord[],
): Promise<SyncRecordResult[]> {
  const { tx } = u;
  const orders = await tx.serviceOrder.findMany({
    where: { externalId: { in: records.map((r) => r.orderExternalId) } },
    select: { id: true, externalId: true, customerId: true },
  });
  const orderByExternalId = new Map(orders.map((o) => [o.externalId as string, o]));
  const existing = await tx.serviceOrderChange.findMany({
    where: { externalId: { in: records.map((r) => r.externalId) } },
  });
  const byExternalId = new Map(existing.map((row) => [row.externalId as string, row]));
  const restrictedOrders = await findRestrictedIds(
    tx,
    'service_order',
    orders.map((o) => o.id),
  );
  const restrictedCustomers = await findRestrictedIds(
    tx,
    'customer',
    orders.map((o) => o.customerId),
  );
  const results: SyncRecordResult[] = [];
  for (const record of records) {
    const order = orderByExternalId.get(record.orderExternalId);
    if (!order) {
      results.push(refused(u, record.externalId, 'reference_missing'));
      continue;
    }
    const isRestricted =
      restrictedOrders.has(order.id) || restrictedCustomers.has(order.customerId);
    const data = {
      orderId: order.id,
      changedAt: dateOf(record.changedAt),
      changeType: record.changeType,
      description: record.description,
      previousValue: record.previousValue ?? null,
      newValue: record.newValue ?? null,
      source: record.source,
      sourceDetail: record.sourceDetail ?? null,
    };
    const row = byExternalId.get(record.externalId);
    if (!row) {
      const created = await tx.serviceOrderChange.create({
        data: { externalId: record.externalId, ...data },
        select: { id: true },
      });
      results.push({
        externalId: record.externalId,
        outcome: 'created',
        id: created.id,
        isRestricted,
      });
    } else if (hasSameValues(row, data)) {
      results.push({
        externalId: record.externalId,
        outcome: 'unchanged',
        id: row.id,
        isRestricted,
      });
    } else {
      await tx.serviceOrderChange.update({ where: { id: row.id }, data });
      results.push({ externalId: record.externalId, outcome: 'updated', id: row.id, isRestricted });
    }
  }
  return results;
}
