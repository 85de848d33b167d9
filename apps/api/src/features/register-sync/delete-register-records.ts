import type { SyncRecordResult, SyncRecordType } from '@oikeus/contracts';
import { findRestrictedIds } from './door-checks';
import { refused, type UpsertContext } from './upsert-context';

/**
 * Deletes records the controller's system deleted, by externalId. What the
 * law keeps is not deleted: a restricted record (Art. 18(2): stored only), a
 * customer with accounting vouchers (Kirjanpitolaki 1336/1997 2:10) and the
 * permission history (proof of consent, Art. 7(1)).
 */
export async function deleteRegisterRecords(
  u: UpsertContext,
  recordType: SyncRecordType,
  externalIds: string[],
): Promise<SyncRecordResult[]> {
  const { tx } = u;
  const notFound = (externalId: string): SyncRecordResult => ({
    externalId,
    outcome: 'not_found',
    isRestricted: false,
  });
  if (recordType === 'permission-events') {
    return externalIds.map((id) => refused(u, id, 'history_kept'));
  }
  const results: SyncRecordResult[] = [];
  if (recordType === 'customers') {
    const rows = await tx.customer.findMany({
      where: { externalId: { in: externalIds } },
      select: { id: true, externalId: true, _count: { select: { invoices: true } } },
    });
    const restricted = await findRestrictedIds(
      tx,
      'customer',
      rows.map((r) => r.id),
    );
    const byExternalId = new Map(rows.map((r) => [r.externalId as string, r]));
    for (const externalId of externalIds) {
      const row = byExternalId.get(externalId);
      if (!row) results.push(notFound(externalId));
      else if (restricted.has(row.id)) results.push(refused(u, externalId, 'restricted'));
      else if (row._count.invoices > 0) results.push(refused(u, externalId, 'has_vouchers'));
      else {
        await tx.customer.delete({ where: { id: row.id } });
        results.push({ externalId, outcome: 'deleted', id: row.id, isRestricted: false });
      }
    }
    return results;
  }
  const table = {
    'service-orders': { model: tx.serviceOrder, type: 'service_order' },
    'service-order-changes': { model: tx.serviceOrderChange, type: null },
    invoices: { model: tx.invoice, type: 'invoice' },
    'marketing-contacts': { model: tx.marketingContact, type: 'marketing_contact' },
  } as const;
  const { model, type } = table[recordType];
  // The four delegates share these two calls; TypeScript cannot unify their argument types.
  const delegate = model as unknown as {
    findMany(args: object): Promise<Array<{ id: string; externalId: string | null }>>;
    delete(args: object): Promise<unknown>;
  };
  const rows = await delegate.findMany({
    where: { externalId: { in: externalIds } },
    select: { id: true, externalId: true },
  });
  const restricted = type
    ? await findRestrictedIds(
        tx,
        type,
        rows.map((r) => r.id),
      )
    : new Set();
  const byExternalId = new Map(rows.map((r) => [r.externalId as string, r]));
  for (const externalId of externalIds) {
    const row = byExternalId.get(externalId);
    if (!row) results.push(notFound(externalId));
    else if (restricted.has(row.id)) results.push(refused(u, externalId, 'restricted'));
    else {
      await delegate.delete({ where: { id: row.id } });
      results.push({ externalId, outcome: 'deleted', id: row.id, isRestricted: false });
    }
  }
  return results;
}
