// One subject with a very long billing history (default 50 000 invoice lines),
// an access request in progress and both records confirmed, so compileExport
// has the worst case the issue asks about.
import { randomUUID } from 'node:crypto';
import type { AppContext } from '../src/context';
import { computeRequestDeadline } from '../src/features/request-core/request-deadline';
import { createBulkInserter } from '../src/features/seed/bulk-insert';

const DAY = 86_400_000;
const LINES_PER_INVOICE = 10;
type Row = Record<string, unknown>;

/** Reserved so the request seeder never draws the same (unique) reference. */
export const EXPORT_SUBJECT_REFERENCE = 'OIK-2026-BENCH2';

export interface ExportSubject {
  requestId: string;
  customerId: string;
  invoiceLines: number;
}

function dateOnly(ms: number): Date {
  const d = new Date(ms);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

export async function seedExportSubject(
  ctx: Pick<AppContext, 'env' | 'clock' | 'db'>,
  options: { invoiceLines: number; handlerId: string },
): Promise<ExportSubject> {
  const now = ctx.clock.now();
  const email = 'eeva.laskutettu@example.fi';
  const name = 'Eeva Laskutettu';
  const phone = '+358401112233';
  const customerId = randomUUID();
  const contactId = randomUUID();
  const accountId = randomUUID();
  const requestId = randomUUID();
  const started = Date.UTC(2016, 0, 4);
  const customer: Row = {
    id: customerId,
    firstName: 'Eeva',
    lastName: 'Laskutettu',
    company: 'Laskutettu Design Oy',
    streetAddress: 'Hämeenkatu 12 B 4',
    postalCode: '33100',
    city: 'Tampere',
    country: 'FI',
    phone,
    email,
    relationshipStartedOn: dateOnly(started),
    relationshipEndedOn: null,
    source: 'contract',
    createdAt: new Date(started),
    updatedAt: new Date(started),
  };
  const orders: Row[] = [];
  const changes: Row[] = [];
  for (const [i, service] of ['Verkkosivujen ylläpito', 'Hakukoneoptimointi'].entries()) {
    const orderId = randomUUID();
    const orderedAt = new Date(started + i * 90 * DAY);
    orders.push({
      id: orderId,
      customerId,
      serviceName: service,
      description: `${service}, kuukausilaskutus`,
      status: 'active',
      orderedAt,
      startsOn: dateOnly(orderedAt.getTime()),
      endsOn: null,
      priceCents: 4900,
      currency: 'EUR',
      source: 'contract',
      createdAt: orderedAt,
      updatedAt: orderedAt,
    });
    changes.push({
      id: randomUUID(),
      orderId,
      changedAt: orderedAt,
      changeType: 'created',
      description: `Tilaus: ${service}`,
      previousValue: null,
      newValue: service,
      source: 'contract',
    });
  }
  const invoices: Row[] = [];
  const lines: Row[] = [];
  const invoiceCount = Math.ceil(options.invoiceLines / LINES_PER_INVOICE);
  const span = now.getTime() - 60 * DAY - started;
  for (let v = 0; v < invoiceCount; v++) {
    const invoiceId = randomUUID();
    const issuedMs = started + Math.floor((span * v) / invoiceCount);
    const year = new Date(issuedMs).getUTCFullYear();
    const vatBp = year >= 2025 ? 2550 : 2400;
    let net = 0;
    const lineCount = Math.min(LINES_PER_INVOICE, options.invoiceLines - v * LINES_PER_INVOICE);
    for (let l = 1; l <= lineCount; l++) {
      const lineNet = 1200 + l * 100;
      net += lineNet;
      lines.push({
        id: randomUUID(),
        invoiceId,
        lineNo: l,
        description: `Ylläpitotunti ${l}, tiketti #${v * LINES_PER_INVOICE + l}`,
        quantity: 1,
        unitPriceCents: lineNet,
        vatRateBp: vatBp,
        netCents: lineNet,
      });
    }
    const vat = Math.round((net * vatBp) / 10_000);
    invoices.push({
      id: invoiceId,
      customerId,
      number: `BENCH-${String(v + 1).padStart(7, '0')}`,
      issuedOn: dateOnly(issuedMs),
      dueOn: dateOnly(issuedMs + 14 * DAY),
      financialYearEnd: new Date(Date.UTC(year, 11, 31)),
      currency: 'EUR',
      netCents: net,
      vatCents: vat,
      totalCents: net + vat,
      status: 'paid',
      billingName: 'Laskutettu Design Oy',
      billingAddress: 'Hämeenkatu 12 B 4, 33100 Tampere',
      createdAt: new Date(issuedMs),
    });
  }
  const contact: Row = {
    id: contactId,
    customerId,
    firstName: 'Eeva',
    lastName: 'Laskutettu',
    company: 'Laskutettu Design Oy',
    email,
    phone,
    streetAddress: null,
    postalCode: null,
    city: 'Tampere',
    source: 'web_form',
    lastActivityOn: dateOnly(now.getTime() - 30 * DAY),
    createdAt: new Date(started),
    updatedAt: new Date(started),
  };
  const permission: Row = {
    id: randomUUID(),
    contactId,
    channel: 'email',
    decision: 'granted',
    decidedAt: new Date(started),
    method: 'web_form',
  };
  const permissionEvent: Row = { ...permission, id: randomUUID(), note: null, requestId: null };

  const receivedAt = new Date(now.getTime() - 5 * DAY);
  const deadline = computeRequestDeadline(ctx, { receivedAt, isExtended: false, suspensions: [] });
  const verifiedAt = new Date(receivedAt.getTime() + DAY);
  const account: Row = {
    id: accountId,
    email,
    name,
    phone,
    locale: 'fi',
    emailVerifiedAt: receivedAt,
    sessionsValidFrom: receivedAt,
    createdAt: receivedAt,
    updatedAt: receivedAt,
  };
  const request: Row = {
    id: requestId,
    reference: EXPORT_SUBJECT_REFERENCE,
    accountId,
    type: 'access',
    status: 'in_progress',
    targetsCustomerRegister: true,
    targetsMarketingRegister: true,
    details: JSON.stringify({ type: 'access', registers: ['customer', 'marketing'] }),
    locale: 'fi',
    receivedAt,
    dueDate: deadline.effectiveDueDate,
    targetDate: deadline.targetDate,
    isExtended: false,
    assigneeId: options.handlerId,
    identityVerifiedAt: verifiedAt,
    identityVerifiedById: options.handlerId,
    version: 3,
    createdAt: receivedAt,
    updatedAt: verifiedAt,
  };
  const links: Row[] = [
    ['customer', customerId],
    ['marketing_contact', contactId],
  ].map(([recordType, recordId]) => ({
    id: randomUUID(),
    requestId,
    recordType,
    recordId,
    matchScore: 100,
    confirmedById: options.handlerId,
    confirmedAt: verifiedAt,
  }));

  const inserter = createBulkInserter(ctx.db.url);
  try {
    await inserter.insertBatch([
      ['Customer', [customer]],
      ['ServiceOrder', orders],
      ['ServiceOrderChange', changes],
      ['MarketingContact', [contact]],
      ['MarketingPermission', [permission]],
      ['MarketingPermissionEvent', [permissionEvent]],
      ['Account', [account]],
      ['RightsRequest', [request]],
      ['RequestRecordLink', links],
    ]);
    for (let i = 0; i < invoices.length; i += 1000) {
      const batch = invoices.slice(i, i + 1000);
      const ids = new Set(batch.map((b) => b.id));
      await inserter.insertBatch([
        ['Invoice', batch],
        ['InvoiceLine', lines.filter((l) => ids.has(l.invoiceId))],
      ]);
    }
  } finally {
    await inserter.close();
  }
  return { requestId, customerId, invoiceLines: lines.length };
}
