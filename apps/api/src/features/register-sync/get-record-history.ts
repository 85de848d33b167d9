import type { RecordHistory } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { AppError } from '../../errors/app-error';
import { handExternalIdOf } from './hand-external-id';

/**
 * One customer or marketing contact with its history: order changes or
 * permission events, restrictions (Art. 18) and the requests that touched it.
 */
export async function getRecordHistory(
  ctx: AppContext,
  recordType: 'customer' | 'marketing_contact',
  id: string,
): Promise<RecordHistory> {
  const p = ctx.db.prisma;
  const changes: RecordHistory['changes'] = [];
  let record: Record<string, unknown>;
  let restrictionTargets: Array<{
    recordType: 'customer' | 'service_order' | 'invoice' | 'marketing_contact';
    recordId: string;
  }>;
  if (recordType === 'customer') {
    const customer = await p.customer.findUnique({
      where: { id },
      include: {
        orders: { include: { changes: { orderBy: { changedAt: 'asc' } } } },
        invoices: {
          select: { id: true, number: true, issuedOn: true, totalCents: true, status: true },
        },
        marketingContacts: { select: { id: true, externalId: true } },
      },
    });
    if (!customer) throw new AppError('NOT_FOUND');
    record = customer;
    for (const order of customer.orders) {
      changes.push({
        at: order.orderedAt.toISOString(),
        kind: 'ordered',
        description: order.serviceName,
        source: order.source,
      });
      for (const change of order.changes) {
        changes.push({
          at: change.changedAt.toISOString(),
          kind: change.changeType,
          description: `${order.serviceName}: ${change.description}`,
          source: change.source,
        });
      }
    }
    restrictionTargets = [
      { recordType: 'customer', recordId: id },
      ...customer.orders.map((o) => ({ recordType: 'service_order' as const, recordId: o.id })),
      ...customer.invoices.map((i) => ({ recordType: 'invoice' as const, recordId: i.id })),
    ];
  } else {
    const contact = await p.marketingContact.findUnique({
      where: { id },
      include: {
        permissions: true,
        history: { orderBy: { decidedAt: 'asc' } },
        customer: { select: { id: true, externalId: true, firstName: true, lastName: true } },
      },
    });
    if (!contact) throw new AppError('NOT_FOUND');
    // The hand-edit form sends the customer link back as `customerExternalId`;
    // a customer without one of its own gets the console's (save-record-by-hand.ts).
    record = {
      ...contact,
      customerExternalId: contact.customer
        ? (contact.customer.externalId ?? handExternalIdOf(contact.customer.id))
        : null,
    };
    for (const event of contact.history) {
      changes.push({
        at: event.decidedAt.toISOString(),
        kind: `${event.channel}_${event.decision}`,
        description: event.note ?? '',
        source: event.method,
      });
    }
    restrictionTargets = [{ recordType: 'marketing_contact', recordId: id }];
  }
  changes.sort((a, b) => a.at.localeCompare(b.at));
  const restrictions = await p.restriction.findMany({
    where: { OR: restrictionTargets },
    orderBy: { setAt: 'asc' },
  });
  const links = await p.requestRecordLink.findMany({
    where: { recordType, recordId: id },
    include: { request: { select: { id: true, reference: true, type: true, status: true } } },
    orderBy: { confirmedAt: 'asc' },
  });
  return {
    recordType,
    record,
    restrictions: restrictions.map((r) => ({
      id: r.id,
      recordType: r.recordType,
      recordId: r.recordId,
      ground: r.ground,
      reason: r.reason,
      setAt: r.setAt.toISOString(),
      liftedAt: r.liftedAt?.toISOString() ?? null,
    })),
    changes,
    requests: links.map((l) => ({
      id: l.request.id,
      reference: l.request.reference,
      type: l.request.type,
      status: l.request.status,
      confirmedAt: l.confirmedAt.toISOString(),
    })),
  };
}
