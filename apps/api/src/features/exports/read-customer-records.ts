import type { ExportRecordRow } from '@oikeus/contracts';
import type { Db } from '../../db/client';
import { isoInstant, isoInstantOrNull, localDate, localDateOrNull } from './export-values';
import type { ExportScope } from './load-export-scope';
import {
  EXPORT_PAGE_SIZE,
  mapPages,
  pageByCursor,
  type RecordPages as Rows,
} from './page-by-cursor';
import { NOT_PROVIDED_BY_SUBJECT_SOURCES } from './portability-scope';

/** Portability leaves out orders the subject did not provide themselves (Art. 20(1)). */
function orderSourceFilter(scope: ExportScope) {
  return scope.kind === 'portability'
    ? { source: { notIn: [...NOT_PROVIDED_BY_SUBJECT_SOURCES] } }
    : {};
}

export async function* readCustomers(prisma: Db, scope: ExportScope): Rows<'customers'> {
  const tz = scope.timeZone;
  yield* mapPages(
    pageByCursor((page) =>
      prisma.customer.findMany({
        where: { id: { in: scope.customerIds } },
        orderBy: [{ relationshipStartedOn: 'asc' }, { id: 'asc' }],
        ...page,
      }),
    ),
    (c) => ({
      id: c.id,
      firstName: c.firstName,
      lastName: c.lastName,
      company: c.company,
      streetAddress: c.streetAddress,
      postalCode: c.postalCode,
      city: c.city,
      country: c.country,
      phone: c.phone,
      email: c.email,
      relationshipStartedOn: localDate(c.relationshipStartedOn, tz),
      relationshipEndedOn: localDateOrNull(c.relationshipEndedOn, tz),
      source: c.source,
      sourceDetail: c.sourceDetail,
      anonymizedAt: isoInstantOrNull(c.anonymizedAt),
      createdAt: isoInstant(c.createdAt),
      updatedAt: isoInstant(c.updatedAt),
    }),
  );
}

export async function* readServiceOrders(prisma: Db, scope: ExportScope): Rows<'serviceOrders'> {
  const tz = scope.timeZone;
  for await (const page of pageByCursor((args) =>
    prisma.serviceOrder.findMany({
      where: { customerId: { in: scope.customerIds }, ...orderSourceFilter(scope) },
      orderBy: [{ orderedAt: 'asc' }, { id: 'asc' }],
      ...args,
    }),
  )) {
    const rows: ExportRecordRow<'serviceOrders'>[] = [];
    for (const o of page) {
      rows.push({
        id: o.id,
        customerId: o.customerId,
        serviceName: o.serviceName,
        description: await scope.masker.maskNullableText(o.description),
        status: o.status,
        orderedAt: isoInstant(o.orderedAt),
        startsOn: localDate(o.startsOn, tz),
        endsOn: localDateOrNull(o.endsOn, tz),
        priceCents: o.priceCents,
        currency: o.currency,
        source: o.source,
        createdAt: isoInstant(o.createdAt),
        updatedAt: isoInstant(o.updatedAt),
      });
    }
    yield rows;
  }
}

export async function* readServiceOrderChanges(
  prisma: Db,
  scope: ExportScope,
): Rows<'serviceOrderChanges'> {
  for await (const page of pageByCursor((args) =>
    prisma.serviceOrderChange.findMany({
      where: { order: { customerId: { in: scope.customerIds }, ...orderSourceFilter(scope) } },
      orderBy: [{ changedAt: 'asc' }, { id: 'asc' }],
      ...args,
    }),
  )) {
    const rows: ExportRecordRow<'serviceOrderChanges'>[] = [];
    for (const c of page) {
      rows.push({
        id: c.id,
        orderId: c.orderId,
        changedAt: isoInstant(c.changedAt),
        changeType: c.changeType,
        description: await scope.masker.maskText(c.description),
        previousValue: await scope.masker.maskNullableText(c.previousValue),
        newValue: await scope.masker.maskNullableText(c.newValue),
        source: c.source,
      });
    }
    yield rows;
  }
}

export async function* readInvoices(prisma: Db, scope: ExportScope): Rows<'invoices'> {
  const tz = scope.timeZone;
  const owners = new Map(scope.customers.map((c) => [c.id, c]));
  yield* mapPages(
    pageByCursor((args) =>
      prisma.invoice.findMany({
        where: { customerId: { in: scope.customerIds } },
        orderBy: [{ issuedOn: 'asc' }, { number: 'asc' }, { id: 'asc' }],
        ...args,
      }),
    ),
    (i) => {
      const owner = owners.get(i.customerId);
      // Every invoice read here belongs to a customer in scope; the fallback masks, never reveals.
      const billing = owner
        ? scope.masker.maskBilling(i, owner)
        : { billingName: scope.masker.marker, billingAddress: null };
      return {
        id: i.id,
        customerId: i.customerId,
        number: i.number,
        issuedOn: localDate(i.issuedOn, tz),
        dueOn: localDate(i.dueOn, tz),
        financialYearEnd: localDate(i.financialYearEnd, tz),
        currency: i.currency,
        netCents: i.netCents,
        vatCents: i.vatCents,
        totalCents: i.totalCents,
        status: i.status,
        billingName: billing.billingName,
        billingAddress: billing.billingAddress,
        createdAt: isoInstant(i.createdAt),
      };
    },
  );
}

/** Invoices whose lines are read together; their lines are then paged on their own index. */
const INVOICES_PER_LINE_BATCH = 200;

/**
 * Lines in invoice order, a page at a time. Keyset paging on the
 * (invoiceId, lineNo) unique index within a batch of invoices keeps every
 * query an index range over those invoices only, so 50 000 lines cost 50
 * short queries rather than 50 scans of everything before the cursor.
 */
export async function* readInvoiceLines(prisma: Db, scope: ExportScope): Rows<'invoiceLines'> {
  for await (const invoices of pageByCursor(
    (args) =>
      prisma.invoice.findMany({
        where: { customerId: { in: scope.customerIds } },
        orderBy: [{ issuedOn: 'asc' }, { number: 'asc' }, { id: 'asc' }],
        select: { id: true },
        ...args,
      }),
    INVOICES_PER_LINE_BATCH,
  )) {
    const invoiceIds = invoices.map((i) => i.id);
    let after: { invoiceId: string; lineNo: number } | null = null;
    for (;;) {
      const page: Awaited<ReturnType<typeof prisma.invoiceLine.findMany>> =
        await prisma.invoiceLine.findMany({
          where: {
            invoiceId: { in: invoiceIds },
            ...(after === null
              ? {}
              : {
                  OR: [
                    { invoiceId: { gt: after.invoiceId } },
                    { invoiceId: after.invoiceId, lineNo: { gt: after.lineNo } },
                  ],
                }),
          },
          orderBy: [{ invoiceId: 'asc' }, { lineNo: 'asc' }],
          take: EXPORT_PAGE_SIZE,
        });
      if (page.length > 0) {
        yield page.map((l) => ({
          id: l.id,
          invoiceId: l.invoiceId,
          lineNo: l.lineNo,
          description: scope.masker.maskContactDetails(l.description),
          quantity: l.quantity,
          unitPriceCents: l.unitPriceCents,
          vatRateBp: l.vatRateBp,
          netCents: l.netCents,
        }));
      }
      const last = page.at(-1);
      if (page.length < EXPORT_PAGE_SIZE || last === undefined) break;
      after = { invoiceId: last.invoiceId, lineNo: last.lineNo };
    }
  }
}
