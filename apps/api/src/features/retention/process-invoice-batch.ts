import {
  evaluateRetention,
  toLocalDate,
  type CustomerRetentionFacts,
  type InvoiceRetentionFacts,
} from '@oikeus/domain';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { combineRestrictionStates, loadRestrictionStates } from './restriction-grounds';
import {
  endRestrictionsOf,
  retentionAuditDetails,
  type RetentionBatchResult,
  type RetentionBatchScope,
} from './retention-batch';
import {
  deletableSinceOf,
  keptReasonOf,
  type RetentionItem,
  type RetentionKept,
} from './retention-item';

/**
 * One page of invoices (accounting vouchers) in id order. An invoice is kept
 * until the later of its voucher period (Kirjanpitolaki 1336/1997 2:10: six
 * years from the end of the year in which the financial year ended) and its
 * customer's own period; once the customer row is anonymised, only the voucher
 * period is left, because nothing personal of the customer remains to keep.
 * Its lines go with it (database cascade).
 */
export async function processInvoiceBatch(
  scope: RetentionBatchScope,
  afterId: string | null,
  size: number,
): Promise<RetentionBatchResult> {
  const { tx, ctx } = scope;
  const timeZone = ctx.env.CONTROLLER_TIME_ZONE;
  const invoices = await tx.invoice.findMany({
    where: afterId === null ? {} : { id: { gt: afterId } },
    orderBy: { id: 'asc' },
    take: size,
    select: {
      id: true,
      customerId: true,
      financialYearEnd: true,
      customer: { select: { id: true, relationshipEndedOn: true, anonymizedAt: true } },
    },
  });
  if (invoices.length === 0) return { lastId: null, items: [], kept: [] };

  const restrictionOf = await loadRestrictionStates(tx, {
    invoice: invoices.map((i) => i.id),
    customer: [...new Set(invoices.map((i) => i.customerId))],
  });
  // A restriction on the customer (e.g. legal claims, Art. 18(1)(c)) covers
  // their billing data too, so it keeps the customer's invoices as well.
  const invoiceRestriction = (invoice: (typeof invoices)[number]) =>
    combineRestrictionStates([
      restrictionOf('invoice', invoice.id),
      restrictionOf('customer', invoice.customerId),
    ]);

  const customers = new Map<string, CustomerRetentionFacts>();
  for (const { customer } of invoices) {
    if (customer.anonymizedAt !== null || customers.has(customer.id)) continue;
    customers.set(customer.id, {
      id: customer.id,
      relationshipEndedOn: customer.relationshipEndedOn
        ? toLocalDate(customer.relationshipEndedOn, timeZone)
        : null,
      hasActiveRestriction: false,
      restrictionRequiresKeeping: false,
    });
  }
  const facts: InvoiceRetentionFacts[] = invoices.map((invoice) => {
    const restriction = invoiceRestriction(invoice);
    return {
      id: invoice.id,
      customerId: invoice.customerId,
      financialYearEnd: toLocalDate(invoice.financialYearEnd, timeZone),
      hasActiveRestriction: restriction.hasActiveRestriction,
      restrictionRequiresKeeping: restriction.restrictionRequiresKeeping,
    };
  });
  const decisions = evaluateRetention({
    rules: scope.rules,
    records: { customers: [...customers.values()], invoices: facts },
    today: scope.today,
  }).filter((d) => d.recordType === 'invoice');

  const items: RetentionItem[] = [];
  const kept: RetentionKept[] = [];
  for (const decision of decisions) {
    if (decision.action === 'keep') {
      kept.push({ recordType: 'invoice', reason: keptReasonOf(decision.reason.code) });
      continue;
    }
    items.push({
      recordType: 'invoice',
      recordId: decision.recordId,
      action: 'delete',
      ruleId: decision.reason.ruleId,
      deletableSince: deletableSinceOf(decision),
      reason: 'retention_period_expired',
    });
  }

  if (!scope.isDryRun && items.length > 0) {
    const ids = items.map((item) => item.recordId);
    const lines = await tx.invoiceLine.groupBy({
      by: ['invoiceId'],
      where: { invoiceId: { in: ids } },
      _count: { _all: true },
    });
    const lineCount = new Map(lines.map((l) => [l.invoiceId, l._count._all]));
    await tx.invoice.deleteMany({ where: { id: { in: ids } } });
    for (const item of items) {
      const invoice = invoices.find((i) => i.id === item.recordId);
      const restrictionsEnded = invoice
        ? await endRestrictionsOf(scope, restrictionOf('invoice', invoice.id).restrictionIds)
        : 0;
      await appendAuditEntry(tx, ctx.db, {
        at: scope.now,
        actorType: 'system',
        action: 'retention.delete',
        recordType: 'invoice',
        recordId: item.recordId,
        details: retentionAuditDetails(scope, item, {
          invoiceLinesDeleted: lineCount.get(item.recordId) ?? 0,
          restrictionsEnded,
        }),
      });
    }
  }
  for (const item of items) scope.invoicesGone.add(item.recordId);
  return { lastId: invoices.at(-1)?.id ?? null, items, kept };
}
