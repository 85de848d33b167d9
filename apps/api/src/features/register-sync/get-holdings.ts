import type { Holdings } from '@oikeus/contracts';
import type { AppContext } from '../../context';

/**
 * "What we hold": counts per register and record type, and the last import
 * and sync per source (Art. 30 records of processing; Art. 5(2)).
 */
export async function getHoldings(ctx: AppContext): Promise<Holdings> {
  const p = ctx.db.prisma;
  const [customers, orders, changes, invoices, lines, contacts, permissions, events] =
    await Promise.all([
      p.customer.count(),
      p.serviceOrder.count(),
      p.serviceOrderChange.count(),
      p.invoice.count(),
      p.invoiceLine.count(),
      p.marketingContact.count(),
      p.marketingPermission.count(),
      p.marketingPermissionEvent.count(),
    ]);
  const runs = await p.registerSyncRun.findMany({
    where: { kind: { in: ['import', 'sync'] } },
    orderBy: { finishedAt: 'desc' },
    take: 500,
  });
  const seen = new Set<string>();
  const lastRuns: Holdings['lastRuns'] = [];
  for (const run of runs) {
    const key = `${run.kind}|${run.source}|${run.sourceDetail ?? ''}|${run.recordType}`;
    if (seen.has(key)) continue;
    seen.add(key);
    lastRuns.push({
      kind: run.kind,
      source: run.source,
      sourceDetail: run.sourceDetail,
      recordType: run.recordType,
      status: run.status,
      isDryRun: run.isDryRun,
      finishedAt: run.finishedAt.toISOString(),
      counts: JSON.parse(run.counts) as Record<string, number>,
    });
  }
  return {
    registers: [
      {
        registerId: 'customer',
        recordTypes: [
          { recordType: 'customers', count: customers },
          { recordType: 'service-orders', count: orders },
          { recordType: 'service-order-changes', count: changes },
          { recordType: 'invoices', count: invoices },
          { recordType: 'invoice-lines', count: lines },
        ],
      },
      {
        registerId: 'marketing',
        recordTypes: [
          { recordType: 'marketing-contacts', count: contacts },
          { recordType: 'marketing-permissions', count: permissions },
          { recordType: 'permission-events', count: events },
        ],
      },
    ],
    lastRuns,
  };
}
