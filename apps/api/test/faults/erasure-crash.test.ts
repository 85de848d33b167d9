// Issue #11 "a crash between steps of an erasure": GDPR Art. 17 erasure runs in
// one transaction (apply-erasure.ts). A database error injected at a step
// mid-way, and at the very last step, must leave nothing of the erasure
// behind; the handler's retry with the same version then applies all of it,
// with each audit entry, event, message and email exactly once.
import type { ApplyErasureResult } from '@oikeus/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createCustomer,
  createInvoice,
  createMarketingContact,
  createRightsRequest,
  createServiceOrder,
} from '../support/console-factories';
import { callConsole, signInStaff, type SignedInStaff } from '../support/console-sign-in';
import { expectAuditChainIntact } from '../support/faults-checks';
import { failEveryWrite } from '../support/faults-inject-trigger';
import { createMailTestDatabase, type MailTestDatabase } from '../support/mail-test-app';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

const NOW = new Date('2026-03-02T09:00:00Z');

// Steps of applyErasure, in the order it writes: request version, service
// orders, invoices, customer, audit, legal hold, marketing contact,
// suppression, audit, event, message, outbox. Each case fails one of them.
const FAULTS = [
  {
    step: 'the marketing suppression (mid-way)',
    table: 'MarketingSuppression',
    phone: '0401110001',
  },
  {
    step: 'the subject notification email (the last write)',
    table: 'OutboxMessage',
    phone: '0401110002',
  },
] as const;

describe.each(testProviders)('an erasure that crashes between steps on %s', (provider) => {
  let database: MailTestDatabase;
  let app: TestApp;
  let handler: SignedInStaff;

  beforeAll(async () => {
    // Own database: the injected triggers must not reach other test files.
    database = await createMailTestDatabase(provider);
    app = await startTestApp(provider, {
      now: NOW,
      env: database.url ? { DATABASE_URL: database.url } : {},
    });
    handler = await signInStaff(app, 'handler');
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  const prisma = () => app.ctx.db.prisma;

  async function prepareErasure(phone: string) {
    const request = await createRightsRequest(app, { type: 'erasure', locale: 'en' });
    const customer = await createCustomer(app, { email: request.account.email, phone });
    await createServiceOrder(app, customer.id);
    await createInvoice(app, customer.id, '2018-12-31'); // past the Accounting Act period: deleted
    await createInvoice(app, customer.id, '2023-12-31'); // still kept: legal hold
    const contact = await createMarketingContact(app, {
      email: request.account.email,
      phone,
      customerId: customer.id,
    });
    const confirmed = await callConsole<{ version: number }>(
      app,
      'POST',
      `/api/console/requests/${request.id}/records`,
      {
        cookie: handler.cookie,
        body: {
          version: 1,
          confirm: [
            { recordType: 'customer', recordId: customer.id, matchScore: 100 },
            { recordType: 'marketing_contact', recordId: contact.id, matchScore: 100 },
          ],
        },
      },
    );
    expect(confirmed.status).toBe(200);
    return { request, customer, contact, version: confirmed.body.version };
  }

  /** Everything an erasure of this request could touch, read back in full. */
  async function snapshot(requestId: string, customerId: string, contactId: string) {
    const [
      request,
      customer,
      orders,
      invoices,
      contact,
      suppressions,
      restrictions,
      events,
      messages,
      outbox,
      auditCount,
    ] = await Promise.all([
      prisma().rightsRequest.findUniqueOrThrow({ where: { id: requestId } }),
      prisma().customer.findUnique({ where: { id: customerId } }),
      prisma().serviceOrder.findMany({ where: { customerId }, orderBy: { id: 'asc' } }),
      prisma().invoice.findMany({ where: { customerId }, orderBy: { id: 'asc' } }),
      prisma().marketingContact.findUnique({ where: { id: contactId } }),
      prisma().marketingSuppression.count(),
      prisma().restriction.count(),
      prisma().requestEvent.findMany({ where: { requestId }, orderBy: { id: 'asc' } }),
      prisma().requestMessage.count({ where: { requestId } }),
      prisma().outboxMessage.count(),
      prisma().auditEntry.count(),
    ]);
    return {
      request,
      customer,
      orders,
      invoices,
      contact,
      suppressions,
      restrictions,
      events,
      messages,
      outbox,
      auditCount,
    };
  }

  it.each(FAULTS)(
    'when the database fails at $step, nothing of the erasure is applied and the retry applies all of it once',
    async ({ table, phone }) => {
      const { request, customer, contact, version } = await prepareErasure(phone);
      const before = await snapshot(request.id, customer.id, contact.id);
      expect(before.contact).not.toBeNull();
      expect(before.invoices).toHaveLength(2);

      const fault = await failEveryWrite(app.ctx, table, 'INSERT');
      let failed;
      try {
        failed = await callConsole(app, 'POST', `/api/console/requests/${request.id}/erasure`, {
          cookie: handler.cookie,
          body: { version },
        });
      } finally {
        await fault.remove();
      }
      expect(failed.status).toBe(500);
      // The transaction rolled back whole: the same rows, the same version, no audit entry.
      expect(await snapshot(request.id, customer.id, contact.id)).toEqual(before);
      await expectAuditChainIntact(app.ctx);

      // The handler retries with the version they hold: it was never bumped.
      const retried = await callConsole<ApplyErasureResult>(
        app,
        'POST',
        `/api/console/requests/${request.id}/erasure`,
        { cookie: handler.cookie, body: { version } },
      );
      expect(retried.status).toBe(200);
      expect(retried.body.version).toBe(version + 1);

      const after = await snapshot(request.id, customer.id, contact.id);
      expect(after.request.version).toBe(version + 1);
      expect(after.customer).toMatchObject({ firstName: '', lastName: '', email: null });
      // The order behind the kept voucher stays under the same hold (Kirjanpitolaki 2:10,
      // "muu kirjanpitoaineisto"; issue #16), so one order and two holds.
      expect(after.orders).toHaveLength(1);
      expect(after.invoices).toHaveLength(1);
      expect(after.contact).toBeNull();
      expect(after.suppressions - before.suppressions).toBe(2);
      expect(after.restrictions - before.restrictions).toBe(2);
      expect(after.events.filter((e) => e.type === 'erasure_applied')).toHaveLength(1);
      expect(after.messages - before.messages).toBe(1);
      expect(after.outbox - before.outbox).toBe(1);
      const audit = await prisma().auditEntry.findMany({
        where: { requestId: request.id, action: { startsWith: 'register.' } },
      });
      const keptInvoice = after.invoices[0]!.id;
      const keptOrder = after.orders[0]!.id;
      expect(audit.map((a) => `${a.action}:${a.recordId}`).sort()).toEqual(
        [
          `register.anonymised:${customer.id}`,
          `register.erased:${contact.id}`,
          `register.legal_hold_set:${keptInvoice}`,
          `register.legal_hold_set:${keptOrder}`,
        ].sort(),
      );
      await expectAuditChainIntact(app.ctx);

      // A second click with the old version is a conflict, not a second erasure.
      const again = await callConsole(app, 'POST', `/api/console/requests/${request.id}/erasure`, {
        cookie: handler.cookie,
        body: { version },
      });
      expect(again.status).toBe(409);
      expect(await prisma().auditEntry.count()).toBe(after.auditCount);
    },
  );
});
