import {
  evaluateRetention,
  isOrderUnderVoucher,
  toLocalDate,
  type CustomerRetentionFacts,
} from '@oikeus/domain';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { combineRestrictionStates, loadRestrictionStates } from './restriction-grounds';
import {
  countBy,
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

/** Personal columns cleared by anonymisation; the row keeps its id, country, source and relationship dates. */
export const ANONYMISED_CUSTOMER_FIELDS = [
  'firstName',
  'lastName',
  'company',
  'streetAddress',
  'postalCode',
  'city',
  'phone',
  'email',
] as const;

/**
 * One page of customers in id order. The notice: a customer's data is deleted
 * five years after the relationship ends (the description's customer rule),
 * with the ordered services and their change history (database cascade).
 * A customer whose invoices are still kept as accounting vouchers cannot be
 * deleted (the invoices point at the row, Kirjanpitolaki 1336/1997 2:10,
 * GDPR Art. 17(3)(b)): the row is anonymised and its service orders deleted
 * instead, and a later run deletes the row once no voucher remains. The
 * invoice pass of the same run goes first, so a row whose last vouchers
 * expire today is deleted in the same run.
 */
export async function processCustomerBatch(
  scope: RetentionBatchScope,
  afterId: string | null,
  size: number,
): Promise<RetentionBatchResult> {
  const { tx, ctx } = scope;
  const timeZone = ctx.env.CONTROLLER_TIME_ZONE;
  const customers = await tx.customer.findMany({
    where: afterId === null ? {} : { id: { gt: afterId } },
    orderBy: { id: 'asc' },
    take: size,
    select: { id: true, relationshipEndedOn: true, anonymizedAt: true },
  });
  if (customers.length === 0) return { lastId: null, items: [], kept: [] };
  const customerIds = customers.map((c) => c.id);
  const orders = await tx.serviceOrder.findMany({
    where: { customerId: { in: customerIds } },
    select: { id: true, customerId: true, orderedAt: true, endsOn: true },
  });
  const invoices = (
    await tx.invoice.findMany({
      where: { customerId: { in: customerIds } },
      select: { id: true, customerId: true, financialYearEnd: true },
    })
  ).filter((invoice) => !scope.invoicesGone.has(invoice.id));
  // Orders behind a voucher still kept are accounting material too
  // (Kirjanpitolaki 1336/1997 2:10): they stay while such a voucher stays.
  const isOrderHeld = (order: (typeof orders)[number]) =>
    invoices.some(
      (invoice) =>
        invoice.customerId === order.customerId &&
        isOrderUnderVoucher(
          {
            orderedOn: toLocalDate(order.orderedAt, timeZone),
            endsOn: order.endsOn ? toLocalDate(order.endsOn, timeZone) : null,
          },
          { financialYearEnd: toLocalDate(invoice.financialYearEnd, timeZone) },
        ),
    );
  const restrictionOf = await loadRestrictionStates(tx, {
    customer: customerIds,
    service_order: orders.map((o) => o.id),
    invoice: invoices.map((i) => i.id),
  });
  // Deleting or anonymising a customer also removes its orders and the data
  // its invoices rely on, so a restriction on any of them holds the customer.
  const customerRestriction = (customerId: string) =>
    combineRestrictionStates([
      restrictionOf('customer', customerId),
      ...orders
        .filter((o) => o.customerId === customerId)
        .map((o) => restrictionOf('service_order', o.id)),
      ...invoices
        .filter((i) => i.customerId === customerId)
        .map((i) => restrictionOf('invoice', i.id)),
    ]);
  const invoicesLeft = countBy(invoices, (i) => i.customerId);

  const facts: CustomerRetentionFacts[] = customers.map((customer) => {
    const restriction = customerRestriction(customer.id);
    return {
      id: customer.id,
      relationshipEndedOn: customer.relationshipEndedOn
        ? toLocalDate(customer.relationshipEndedOn, timeZone)
        : null,
      hasActiveRestriction: restriction.hasActiveRestriction,
      restrictionRequiresKeeping: restriction.restrictionRequiresKeeping,
    };
  });
  const decisions = new Map(
    evaluateRetention({
      rules: scope.rules,
      records: { customers: facts },
      today: scope.today,
    }).map((d) => [d.recordId, d]),
  );

  const items: RetentionItem[] = [];
  const kept: RetentionKept[] = [];
  for (const customer of customers) {
    const decision = decisions.get(customer.id);
    if (!decision)
      throw new Error(`The retention engine gave no decision for customer ${customer.id}`);
    const hasVouchers = (invoicesLeft.get(customer.id) ?? 0) > 0;
    if (customer.anonymizedAt !== null) {
      // Already anonymised (by an earlier run or by an erasure): the row only
      // anchors vouchers and goes when the last of them has gone.
      if (hasVouchers) {
        kept.push({ recordType: 'customer', reason: 'awaiting_vouchers' });
      } else if (customerRestriction(customer.id).restrictionRequiresKeeping) {
        kept.push({ recordType: 'customer', reason: 'restriction_requires_keeping' });
      } else {
        const isExpired = decision.action === 'delete';
        items.push({
          recordType: 'customer',
          recordId: customer.id,
          action: 'delete',
          ruleId: decision.reason.ruleId,
          // Erasure may anonymise before the customer's own period ends; the
          // row has been waiting only for its vouchers since then.
          deletableSince: isExpired
            ? deletableSinceOf(decision)
            : toLocalDate(customer.anonymizedAt, timeZone),
          reason: isExpired ? 'retention_period_expired' : 'anonymised_without_vouchers',
        });
      }
      continue;
    }
    if (decision.action === 'keep') {
      kept.push({ recordType: 'customer', reason: keptReasonOf(decision.reason.code) });
      continue;
    }
    items.push({
      recordType: 'customer',
      recordId: customer.id,
      action: hasVouchers ? 'anonymise' : 'delete',
      ruleId: decision.reason.ruleId,
      deletableSince: deletableSinceOf(decision),
      reason: hasVouchers ? 'vouchers_still_kept' : 'retention_period_expired',
    });
  }

  if (scope.isDryRun || items.length === 0) {
    return { lastId: customers.at(-1)?.id ?? null, items, kept };
  }
  const ordersOf = (customerId: string) => orders.filter((o) => o.customerId === customerId);
  const changeCounts = countBy(
    await tx.serviceOrderChange.findMany({
      where: { orderId: { in: orders.map((o) => o.id) } },
      select: { orderId: true },
    }),
    (change) => change.orderId,
  );
  const done: RetentionItem[] = [];
  for (const item of items) {
    // A deleted row takes all its orders (no voucher is left); an anonymised
    // one keeps the orders behind its kept vouchers.
    const customerOrders = ordersOf(item.recordId).filter(
      (o) => item.action === 'delete' || !isOrderHeld(o),
    );
    const heldOrderIds = ordersOf(item.recordId)
      .filter((o) => item.action !== 'delete' && isOrderHeld(o))
      .map((o) => o.id);
    const counts = {
      serviceOrdersDeleted: customerOrders.length,
      serviceOrderChangesDeleted: customerOrders.reduce(
        (n, o) => n + (changeCounts.get(o.id) ?? 0),
        0,
      ),
      ...(heldOrderIds.length > 0 ? { serviceOrdersKept: heldOrderIds } : {}),
    };
    if (item.action === 'delete') {
      // The invoice guard makes a voucher added since the page was read stop
      // this deletion instead of failing the batch on the foreign key.
      const deleted = await tx.customer.deleteMany({
        where: { id: item.recordId, invoices: { none: {} } },
      });
      if (deleted.count === 0) continue;
    } else {
      const anonymised = await tx.customer.updateMany({
        where: { id: item.recordId, anonymizedAt: null },
        data: {
          firstName: '',
          lastName: '',
          company: null,
          streetAddress: null,
          postalCode: null,
          city: null,
          phone: null,
          email: null,
          anonymizedAt: scope.now,
        },
      });
      if (anonymised.count === 0) continue;
      await tx.serviceOrder.deleteMany({
        where: { customerId: item.recordId, id: { notIn: heldOrderIds } },
      });
    }
    const restrictionsEnded = await endRestrictionsOf(scope, [
      ...(item.action === 'delete' ? restrictionOf('customer', item.recordId).restrictionIds : []),
      ...customerOrders.flatMap((o) => restrictionOf('service_order', o.id).restrictionIds),
    ]);
    await appendAuditEntry(tx, ctx.db, {
      at: scope.now,
      actorType: 'system',
      action: item.action === 'delete' ? 'retention.delete' : 'retention.anonymise',
      recordType: 'customer',
      recordId: item.recordId,
      details: retentionAuditDetails(scope, item, {
        ...counts,
        restrictionsEnded,
        ...(item.action === 'anonymise'
          ? {
              fieldsCleared: ANONYMISED_CUSTOMER_FIELDS,
              vouchersKept: invoicesLeft.get(item.recordId) ?? 0,
            }
          : {}),
      }),
    });
    done.push(item);
  }
  return { lastId: customers.at(-1)?.id ?? null, items: done, kept };
}
