// Issue #20 point 8: staff reads of personal data leave a trace — one audit
// entry per call, naming who read which records (ids, never values), so the
// person's access copy can later say when their data was consulted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRightsRequest } from '../support/console-factories';
import { callConsole, signInStaff, type SignedInStaff } from '../support/console-sign-in';
import { createRegisterRecords, personValues } from '../support/exports-factories';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

describe.each(testProviders)('audited reads of personal data on %s', (provider) => {
  let app: TestApp;
  let handler: SignedInStaff;
  beforeAll(async () => {
    app = await startTestApp(provider);
    handler = await signInStaff(app, 'handler');
  });
  afterAll(() => app.close());

  async function entriesBy(action: string) {
    const rows = await app.ctx.db.prisma.auditEntry.findMany({
      where: { action, actorId: handler.id },
      orderBy: { seq: 'asc' },
    });
    return rows.map((r) => ({
      ...r,
      details: JSON.parse(r.details ?? 'null') as { records: string[]; recordCount: number },
    }));
  }

  it('when a handler opens a request, one entry names the request, the person and the records shown', async () => {
    const request = await createRightsRequest(app);
    const res = await callConsole<{ identity: { accountId: string } }>(
      app,
      'GET',
      `/api/console/requests/${request.id}`,
      { cookie: handler.cookie },
    );
    expect(res.status).toBe(200);
    const entries = (await entriesBy('request.viewed')).filter((e) => e.requestId === request.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorType: 'staff', requestId: request.id });
    expect(entries[0]!.details.records).toContain(`account:${res.body.identity.accountId}`);
  });

  it('when a handler searches the registers, one entry lists every record found and not what was typed', async () => {
    const person = personValues();
    const records = await createRegisterRecords(app, { person });
    const res = await callConsole<{ items: Array<{ id: string }> }>(
      app,
      'GET',
      `/api/console/register-search?email=${encodeURIComponent(person.email)}`,
      { cookie: handler.cookie },
    );
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThanOrEqual(2);
    const entries = await entriesBy('register.searched');
    const last = entries.at(-1)!;
    expect(last.details).toMatchObject({ fields: ['email'], recordCount: res.body.items.length });
    expect(last.details.records).toEqual(
      expect.arrayContaining([
        `customer:${records.customerId}`,
        `marketing_contact:${records.contactId}`,
      ]),
    );
    expect(JSON.stringify(last)).not.toContain(person.email);
  });

  it('when a handler lists the marketing audience, one entry lists every contact shown', async () => {
    const person = personValues();
    const records = await createRegisterRecords(app, { person, emailPermission: 'granted' });
    const before = (await entriesBy('marketing.audience_viewed')).length;
    const res = await callConsole<{ items: Array<{ id: string }> }>(
      app,
      'GET',
      '/api/console/marketing-audience?channel=email',
      { cookie: handler.cookie },
    );
    expect(res.status).toBe(200);
    const entries = await entriesBy('marketing.audience_viewed');
    expect(entries).toHaveLength(before + 1);
    const last = entries.at(-1)!;
    expect(last.details.recordCount).toBe(res.body.items.length);
    expect(last.details.records).toContain(`marketing_contact:${records.contactId}`);
  });
});
