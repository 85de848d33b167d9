import type { InvoiceRecord, SyncRecordResult } from '@oikeus/contracts';
import { findErasedExternalIds, findRestrictedIds } from './door-checks';
import { dateOf, hasSameValues } from './sync-values';
import { idsByExternalId, refused, type UpsertContext } from './upsert-context';

type StoredLine = {
  lineNo: number;
  description: string;
  quantity: number;
  unitPriceCents: number;
  vatRateBp: number;
  netCents: number;
};

function linesOf(record: InvoiceRecord): StoredLine[] {
  return record.lines
    .map((l) => ({
      lineNo: l.lineNo,
      description: l.description,
      quantity: l.quantity,
      unitPriceCents: l.unitPrice,
      vatRateBp: l.vatRate,
      netCents: l.net,
    }))
    .sort((a, b) => a.lineNo - b.lineNo);
}

function sameLines(a: StoredLine[], b: StoredLine[]): boolean {
  return a.length === b.length && a.every((line, i) => hasSameValues(line, b[i] as StoredLine));
}

/**
 * Invoices (accounting vouchers) with their lines, by externalId. A voucher
 * for an erased externalId comes back only with the legal-obligation flag
 * (Art. 17(3)(b), Kirjanpitolaki 1336/1997 2:10); an existing voucher under
 * a legal hold is updated but stays held.
 */
export async function upsertInvoices(
  u: UpsertContext,
  records: InvoiceRecord[],
): Promise<SyncRecordResult[]> {
  const { tx } = u;
  const customers = idsByExternalId(
    await tx.customer.findMany({
      where: { externalId: { in: records.map((r) => r.customerExternalId) } },
      select: { id: true, externalId: true },
    }),
  );
  const existing = await tx.invoice.findMany({
    where: { externalId: { in: records.map((r) => r.externalId) } },
    include: { lines: { orderBy: { lineNo: 'asc' } } },
  });
  const byExternalId = new Map(existing.map((row) => [row.externalId as string, row]));
  const numbers = await tx.invoice.findMany({
    where: { number: { in: records.map((r) => r.number) } },
    select: { number: true, externalId: true },
  });
  const numberOwner = new Map(numbers.map((n) => [n.number, n.externalId]));
  const erased = await findErasedExternalIds(
    tx,
    u.ctx,
    'invoice',
    records.filter((r) => !byExternalId.has(r.externalId)).map((r) => r.externalId),
  );
  const restrictedInvoices = await findRestrictedIds(
    tx,
    'invoice',
    existing.map((r) => r.id),
  );
  const restrictedCustomers = await findRestrictedIds(tx, 'customer', [...customers.values()]);
  const results: SyncRecordResult[] = [];
  for (const record of records) {
    const customerId = customers.get(record.customerExternalId);
    if (!customerId) {
      results.push(refused(u, record.externalId, 'reference_missing'));
      continue;
    }
    if (numberOwner.has(record.number) && numberOwner.get(record.number) !== record.externalId) {
      results.push(refused(u, record.externalId, 'duplicate_number'));
      continue;
    }
    const data = {
      customerId,
      number: record.number,
      issuedOn: dateOf(record.issuedOn),
      dueOn: dateOf(record.dueOn),
      financialYearEnd: dateOf(record.financialYearEnd),
      currency: record.currency,
      netCents: record.net,
      vatCents: record.vat,
      totalCents: record.total,
      status: record.status,
      billingName: record.billingName,
      billingAddress: record.billingAddress ?? null,
      source: record.source,
      sourceDetail: record.sourceDetail ?? null,
    };
    const lines = linesOf(record);
    const row = byExternalId.get(record.externalId);
    if (!row) {
      if (erased.has(record.externalId) && !record.legalObligation) {
        results.push(refused(u, record.externalId, 'erased'));
        continue;
      }
      const created = await tx.invoice.create({
        data: {
          externalId: record.externalId,
          ...data,
          createdAt: u.now,
          lines: { create: lines },
        },
        select: { id: true },
      });
      results.push({
        externalId: record.externalId,
        outcome: 'created',
        id: created.id,
        isRestricted: restrictedCustomers.has(customerId),
      });
      continue;
    }
    const isRestricted = restrictedInvoices.has(row.id) || restrictedCustomers.has(customerId);
    if (hasSameValues(row, data) && sameLines(row.lines, lines)) {
      results.push({
        externalId: record.externalId,
        outcome: 'unchanged',
        id: row.id,
        isRestricted,
      });
      continue;
    }
    await tx.invoiceLine.deleteMany({ where: { invoiceId: row.id } });
    await tx.invoice.update({ where: { id: row.id }, data: { ...data, lines: { create: lines } } });
    results.push({ externalId: record.externalId, outcome: 'updated', id: row.id, isRestricted });
  }
  return results;
}
