import { randomUUID } from 'node:crypto';
import type { ServiceOrderRecord, SyncRecordResult } from '@oikeus/contracts';
import { findErasedExternalIds, findRestrictedIds } from './door-checks';
import { insertRows } from './insert-rows';
import { dateOf, hasSameValues } from './sync-values';
import { idsByExternalId, refused, type UpsertContext } from './upsert-context';

/** Ordered services by externalId, under the customer named by customerExternalId. */
export async function upsertServiceOrders(
  u: UpsertContext,
  records: ServiceOrderRecord[],
): Promise<SyncRecordResult[]> {
  const { tx } = u;
  const customers = idsByExternalId(
    await tx.customer.findMany({
      where: { externalId: { in: records.map((r) => r.customerExternalId) } },
      select: { id: true, externalId: true },
    }),
  );
  const existing = await tx.serviceOrder.findMany({
    where: { externalId: { in: records.map((r) => r.externalId) } },
  });
  const byExternalId = new Map(existing.map((row) => [row.externalId as string, row]));
  const erased = await findErasedExternalIds(
    tx,
    u.ctx,
    'service_order',
    records.filter((r) => !byExternalId.has(r.externalId)).map((r) => r.externalId),
  );
  const restrictedOrders = await findRestrictedIds(
    tx,
    'service_order',
    existing.map((r) => r.id),
  );
  const restrictedCustomers = await findRestrictedIds(tx, 'customer', [...customers.values()]);
  const inserts: Array<Record<string, unknown>> = [];
  const results: SyncRecordResult[] = [];
  for (const record of records) {
    const customerId = customers.get(record.customerExternalId);
    if (!customerId) {
      results.push(refused(u, record.externalId, 'reference_missing'));
      continue;
    }
    const data = {
      customerId,
      serviceName: record.serviceName,
      description: record.description ?? null,
      status: record.status,
      orderedAt: dateOf(record.orderedAt),
      startsOn: dateOf(record.startsOn),
      endsOn: dateOf(record.endsOn),
      priceCents: record.price,
      currency: record.currency,
      source: record.source,
      sourceDetail: record.sourceDetail ?? null,
    };
    const row = byExternalId.get(record.externalId);
    if (!row) {
      if (erased.has(record.externalId)) {
        results.push(refused(u, record.externalId, 'erased'));
        continue;
      }
      const id = randomUUID();
      inserts.push({
        id,
        externalId: record.externalId,
        ...data,
        createdAt: u.now,
        updatedAt: u.now,
      });
      results.push({
        externalId: record.externalId,
        outcome: 'created',
        id,
        isRestricted: restrictedCustomers.has(customerId),
      });
      continue;
    }
    const isRestricted = restrictedOrders.has(row.id) || restrictedCustomers.has(customerId);
    if (hasSameValues(row, data)) {
      results.push({
        externalId: record.externalId,
        outcome: 'unchanged',
        id: row.id,
        isRestricted,
      });
      continue;
    }
    await tx.serviceOrder.update({ where: { id: row.id }, data });
    results.push({ externalId: record.externalId, outcome: 'updated', id: row.id, isRestricted });
  }
  await insertRows(
    tx,
    u.ctx.db.provider,
    'ServiceOrder',
    {
      id: 'text',
      externalId: 'text',
      customerId: 'text',
      serviceName: 'text',
      description: 'text',
      status: 'text',
      orderedAt: 'datetime',
      startsOn: 'datetime',
      endsOn: 'datetime',
      priceCents: 'int',
      currency: 'text',
      source: 'source',
      sourceDetail: 'text',
      createdAt: 'datetime',
      updatedAt: 'datetime',
    },
    inserts,
  );
  return results;
}
