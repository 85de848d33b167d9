import type { MarketingContactRecord, SyncRecordResult } from '@oikeus/contracts';
import { findErasedExternalIds, findRestrictedIds } from './door-checks';
import { dateOf, hasSameValues } from './sync-values';
import { idsByExternalId, refused, type UpsertContext } from './upsert-context';

/**
 * Marketing contacts by externalId. One erased earlier is not recreated
 * (Art. 17); permissions arrive as permission events, where the suppression
 * list is checked.
 */
export async function upsertMarketingContacts(
  u: UpsertContext,
  records: MarketingContactRecord[],
): Promise<SyncRecordResult[]> {
  const { tx } = u;
  const customerExternalIds = records
    .map((r) => r.customerExternalId)
    .filter((id): id is string => typeof id === 'string');
  const customers = idsByExternalId(
    await tx.customer.findMany({
      where: { externalId: { in: customerExternalIds } },
      select: { id: true, externalId: true },
    }),
  );
  const existing = await tx.marketingContact.findMany({
    where: { externalId: { in: records.map((r) => r.externalId) } },
  });
  const byExternalId = new Map(existing.map((row) => [row.externalId as string, row]));
  const erased = await findErasedExternalIds(
    tx,
    u.ctx,
    'marketing_contact',
    records.filter((r) => !byExternalId.has(r.externalId)).map((r) => r.externalId),
  );
  const restricted = await findRestrictedIds(
    tx,
    'marketing_contact',
    existing.map((r) => r.id),
  );
  const results: SyncRecordResult[] = [];
  for (const record of records) {
    let customerId: string | null = null;
    if (record.customerExternalId) {
      customerId = customers.get(record.customerExternalId) ?? null;
      if (!customerId) {
        results.push(refused(u, record.externalId, 'reference_missing'));
        continue;
      }
    }
    const data = {
      customerId,
      firstName: record.firstName,
      lastName: record.lastName,
      company: record.company ?? null,
      email: record.email ?? null,
      phone: record.phone ?? null,
      streetAddress: record.streetAddress ?? null,
      postalCode: record.postalCode ?? null,
      city: record.city ?? null,
      lastActivityOn: dateOf(record.lastActivityOn),
      source: record.source,
      sourceDetail: record.sourceDetail ?? null,
    };
    const row = byExternalId.get(record.externalId);
    if (!row) {
      if (erased.has(record.externalId)) {
        results.push(refused(u, record.externalId, 'erased'));
        continue;
      }
      const created = await tx.marketingContact.create({
        data: { externalId: record.externalId, ...data },
        select: { id: true },
      });
      results.push({
        externalId: record.externalId,
        outcome: 'created',
        id: created.id,
        isRestricted: false,
      });
      continue;
    }
    const isRestricted = restricted.has(row.id);
    if (hasSameValues(row, data)) {
      results.push({
        externalId: record.externalId,
        outcome: 'unchanged',
        id: row.id,
        isRestricted,
      });
      continue;
    }
    await tx.marketingContact.update({ where: { id: row.id }, data });
    results.push({ externalId: record.externalId, outcome: 'updated', id: row.id, isRestricted });
  }
  return results;
}
