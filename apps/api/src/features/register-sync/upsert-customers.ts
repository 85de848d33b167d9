import { randomUUID } from 'node:crypto';
import type { CustomerRecord, SyncRecordResult } from '@oikeus/contracts';
import { findErasedExternalIds, findRestrictedIds } from './door-checks';
import { insertRows } from './insert-rows';
import { dateOf, hasSameValues } from './sync-values';
import { refused, type UpsertContext } from './upsert-context';

function columnsOf(r: CustomerRecord) {
  return {
    firstName: r.firstName,
    lastName: r.lastName,
    company: r.company ?? null,
    // Lower-cased for matching, as the schema's comment says.
    email: r.email ?? null,
    phone: r.phone ?? null,
    streetAddress: r.streetAddress ?? null,
    postalCode: r.postalCode ?? null,
    city: r.city ?? null,
    country: r.country,
    relationshipStartedOn: dateOf(r.relationshipStartedOn),
    relationshipEndedOn: dateOf(r.relationshipEndedOn),
    source: r.source,
    sourceDetail: r.sourceDetail ?? null,
  };
}

/** Customers by externalId: created, updated or left as they are; erased ones stay erased (Art. 17). */
export async function upsertCustomers(
  u: UpsertContext,
  records: CustomerRecord[],
): Promise<SyncRecordResult[]> {
  const { tx } = u;
  const existing = await tx.customer.findMany({
    where: { externalId: { in: records.map((r) => r.externalId) } },
  });
  const byExternalId = new Map(existing.map((row) => [row.externalId as string, row]));
  const erased = await findErasedExternalIds(
    tx,
    u.ctx,
    'customer',
    records.filter((r) => !byExternalId.has(r.externalId)).map((r) => r.externalId),
  );
  const restricted = await findRestrictedIds(
    tx,
    'customer',
    existing.map((row) => row.id),
  );
  const inserts: Array<Record<string, unknown>> = [];
  const results: SyncRecordResult[] = [];
  for (const record of records) {
    const data = columnsOf(record);
    const row = byExternalId.get(record.externalId);
    if (!row) {
      if (erased.has(record.externalId) && !record.legalObligation) {
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
      results.push({ externalId: record.externalId, outcome: 'created', id, isRestricted: false });
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
    // GDPR Art. 18(2): a restricted record may still be stored; its restriction stays on it.
    await tx.customer.update({ where: { id: row.id }, data });
    results.push({ externalId: record.externalId, outcome: 'updated', id: row.id, isRestricted });
  }
  await insertRows(
    tx,
    u.ctx.db.provider,
    'Customer',
    {
      id: 'text',
      externalId: 'text',
      firstName: 'text',
      lastName: 'text',
      company: 'text',
      email: 'text',
      phone: 'text',
      streetAddress: 'text',
      postalCode: 'text',
      city: 'text',
      country: 'text',
      relationshipStartedOn: 'datetime',
      relationshipEndedOn: 'datetime',
      source: 'source',
      sourceDetail: 'text',
      createdAt: 'datetime',
      updatedAt: 'datetime',
    },
    inserts,
  );
  return results;
}
