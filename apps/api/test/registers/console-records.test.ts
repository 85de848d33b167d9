// Console: hand edits, permissions received by phone or letter, record history and "what we hold".
import { randomUUID } from 'node:crypto';
import type { ConsoleRecordWriteResult, Holdings, RecordHistory } from '@oikeus/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createMarketingContact } from '../support/console-factories';
import { callConsole, signInStaff, type SignedInStaff } from '../support/console-sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

describe.each(testProviders)('register records in the console on %s', (provider) => {
  let app: TestApp;
  let handler: SignedInStaff;
  let auditor: SignedInStaff;
  beforeAll(async () => {
    app = await startTestApp(provider);
    handler = await signInStaff(app, 'handler');
    auditor = await signInStaff(app, 'auditor');
  });
  afterAll(() => app.close());

  it('when a handler adds a customer by hand without a source, it is refused with a localised message; with one it is stored and audited', async () => {
    const tag = randomUUID().slice(0, 8);
    const body = {
      firstName: 'Tuula',
      lastName: `Käsin-${tag}`,
      email: `tuula.${tag}@example.fi`,
      relationshipStartedOn: '3.4.2025',
    };
    const missing = await callConsole<{
      error: { details: Array<{ path: string; message: string }> };
    }>(app, 'POST', '/api/console/records/customers', {
      cookie: handler.cookie,
      body,
      locale: 'sv',
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.map((d) => d.path)).toContain('source');
    const saved = await callConsole<ConsoleRecordWriteResult>(
      app,
      'POST',
      '/api/console/records/customers',
      {
        cookie: handler.cookie,
        body: { ...body, source: 'phone', sourceDetail: 'Puhelu 3.4.2025' },
      },
    );
    expect(saved.status).toBe(201);
    const row = await app.ctx.db.prisma.customer.findUniqueOrThrow({
      where: { id: saved.body.id },
    });
    expect([row.source, row.sourceDetail, row.externalId?.startsWith('console-')]).toEqual([
      'phone',
      'Puhelu 3.4.2025',
      true,
    ]);
    const edited = await fetch(`${app.url}/api/console/records/customers/${saved.body.id}`, {
      method: 'PUT',
      headers: {
        'content-type': 'application/json',
        'x-requested-with': 'oikeus',
        cookie: handler.cookie,
      },
      body: JSON.stringify({ ...body, city: 'Lahti', source: 'phone' }),
    });
    expect(((await edited.json()) as ConsoleRecordWriteResult).outcome).toBe('updated');
    const audit = await app.ctx.db.prisma.auditEntry.count({
      where: { action: 'register.record_edited', actorId: handler.id },
    });
    expect(audit).toBe(2);
    const denied = await callConsole(app, 'POST', '/api/console/records/customers', {
      cookie: auditor.cookie,
      body: { ...body, source: 'phone' },
    });
    expect(denied.status).toBe(403);
  });

  it('when a prohibition is received by letter, it is recorded with the staff member, becomes the current decision and shows in the history', async () => {
    const tag = randomUUID().slice(0, 8);
    const contact = await callConsole<ConsoleRecordWriteResult>(
      app,
      'POST',
      '/api/console/records/marketing-contacts',
      {
        cookie: handler.cookie,
        body: {
          firstName: 'Pekka',
          lastName: `Kirje-${tag}`,
          email: `pekka.${tag}@example.fi`,
          lastActivityOn: '2026-02-01',
          source: 'meeting',
        },
      },
    );
    expect(contact.status).toBe(201);
    const granted = await callConsole(
      app,
      'POST',
      `/api/console/records/marketing-contacts/${contact.body.id}/permissions`,
      {
        cookie: handler.cookie,
        body: { channel: 'post', decision: 'granted', decidedAt: '1.2.2026', method: 'meeting' },
      },
    );
    expect(granted.status).toBe(201);
    const prohibited = await callConsole(
      app,
      'POST',
      `/api/console/records/marketing-contacts/${contact.body.id}/permissions`,
      {
        cookie: handler.cookie,
        body: {
          channel: 'post',
          decision: 'prohibited',
          decidedAt: '2026-02-20',
          method: 'letter',
          note: 'Kirje 18.2.',
        },
      },
    );
    expect(prohibited.status).toBe(201);
    const current = await app.ctx.db.prisma.marketingPermission.findFirstOrThrow({
      where: { contactId: contact.body.id, channel: 'post' },
    });
    expect([current.decision, current.method]).toEqual(['prohibited', 'letter']);
    const events = await app.ctx.db.prisma.marketingPermissionEvent.findMany({
      where: { contactId: contact.body.id },
    });
    expect(events.every((e) => e.recordedById === handler.id)).toBe(true);
    expect(
      await app.ctx.db.prisma.auditEntry.count({
        where: { action: 'marketing.permission_recorded', recordId: contact.body.id },
      }),
    ).toBe(2);
    const history = await callConsole<RecordHistory>(
      app,
      'GET',
      `/api/console/records/marketing_contact/${contact.body.id}`,
      {
        cookie: auditor.cookie,
      },
    );
    expect(history.status).toBe(200);
    expect(history.body.changes.map((c) => [c.kind, c.source])).toEqual([
      ['post_granted', 'meeting'],
      ['post_prohibited', 'letter'],
    ]);
    const holdings = await callConsole<Holdings>(app, 'GET', '/api/console/holdings', {
      cookie: auditor.cookie,
    });
    expect(holdings.status).toBe(200);
    const marketing = holdings.body.registers.find((r) => r.registerId === 'marketing');
    expect(
      marketing?.recordTypes.find((t) => t.recordType === 'marketing-contacts')?.count,
    ).toBeGreaterThan(0);
  });

  it('when a contact linked to a customer without an externalId is edited from its history, the link is kept and the customer gets the console key', async () => {
    const customer = await createCustomer(app);
    const contact = await createMarketingContact(app, { customerId: customer.id });
    const history = await callConsole<RecordHistory>(
      app,
      'GET',
      `/api/console/records/marketing_contact/${contact.id}`,
      { cookie: handler.cookie },
    );
    expect(history.body.record.customerExternalId).toBe(`console-${customer.id}`);
    const edited = await fetch(`${app.url}/api/console/records/marketing-contacts/${contact.id}`, {
      method: 'PUT',
      headers: {
        'content-type': 'application/json',
        'x-requested-with': 'oikeus',
        cookie: handler.cookie,
      },
      body: JSON.stringify({
        customerExternalId: history.body.record.customerExternalId,
        firstName: contact.firstName,
        lastName: contact.lastName,
        email: contact.email,
        city: 'Kuopio',
        lastActivityOn: '2026-01-10',
        source: 'phone',
      }),
    });
    expect(edited.status).toBe(200);
    const [row, linked] = await Promise.all([
      app.ctx.db.prisma.marketingContact.findUniqueOrThrow({ where: { id: contact.id } }),
      app.ctx.db.prisma.customer.findUniqueOrThrow({ where: { id: customer.id } }),
    ]);
    expect([row.customerId, row.city, linked.externalId]).toEqual([
      customer.id,
      'Kuopio',
      `console-${customer.id}`,
    ]);
  });

  it('when a contact has no customer, its history says so with a null customerExternalId', async () => {
    const contact = await createMarketingContact(app);
    const history = await callConsole<RecordHistory>(
      app,
      'GET',
      `/api/console/records/marketing_contact/${contact.id}`,
      { cookie: auditor.cookie },
    );
    expect(history.body.record.customerExternalId).toBeNull();
  });
});
