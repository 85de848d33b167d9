import type { AuditEntryView, AuditPage } from '@oikeus/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/features/audit/verify-audit-chain';
import { dropAuditTriggers } from '../support/audit-tamper';
import { createRightsRequest } from '../support/console-factories';
import { callConsole, signInStaff, type SignedInStaff } from '../support/console-sign-in';
import { createPrivatePostgres, type PrivatePostgres } from '../support/mail-private-postgres';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

const NOW = new Date('2026-03-02T09:00:00Z');

describe.each(testProviders)('audit trail on %s', (provider) => {
  let app: TestApp;
  let privateDb: PrivatePostgres | undefined;
  let handler: SignedInStaff;
  let auditor: SignedInStaff;
  beforeAll(async () => {
    // Tampering with the chain must not disturb other test files sharing PostgreSQL.
    privateDb = provider === 'postgresql' ? await createPrivatePostgres() : undefined;
    app = await startTestApp(provider, {
      now: NOW,
      ...(privateDb ? { env: { DATABASE_URL: privateDb.url } } : {}),
    });
    handler = await signInStaff(app, 'handler');
    auditor = await signInStaff(app, 'auditor');
  });
  afterAll(async () => {
    await app.close();
    await privateDb?.drop();
  });

  it('when a handler acts on a request, the request audit shows each step with before and after, oldest first', async () => {
    const request = await createRightsRequest(app);
    await callConsole(app, 'POST', `/api/console/requests/${request.id}/assign`, {
      cookie: handler.cookie,
      body: { version: 1, assigneeId: 'me' },
    });
    app.clock.advance(1000);
    await callConsole(app, 'POST', `/api/console/requests/${request.id}/start`, {
      cookie: handler.cookie,
      body: { version: 2 },
    });
    app.clock.set(NOW);
    const res = await callConsole<{ items: AuditEntryView[] }>(
      app,
      'GET',
      `/api/console/requests/${request.id}/audit`,
      { cookie: auditor.cookie },
    );
    expect(res.status).toBe(200);
    expect(res.body.items.map((e) => e.action)).toEqual(['request.assigned', 'request.started']);
    expect(res.body.items[1]).toMatchObject({
      actorType: 'staff',
      actorId: handler.id,
      actorName: handler.name,
      details: { before: { status: 'received' }, after: { status: 'in_progress' } },
    });
  });

  it('when an auditor pages the whole trail, it comes newest first with a cursor', async () => {
    const first = await callConsole<AuditPage>(app, 'GET', '/api/console/audit', {
      cookie: auditor.cookie,
    });
    expect(first.status).toBe(200);
    const seqs = first.body.items.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    const filtered = await callConsole<AuditPage>(
      app,
      'GET',
      `/api/console/audit?actorId=${handler.id}&action=request.started`,
      { cookie: auditor.cookie },
    );
    expect(
      filtered.body.items.every((e) => e.actorId === handler.id && e.action === 'request.started'),
    ).toBe(true);
    expect(filtered.body.items.length).toBeGreaterThan(0);
  });

  it('when an auditor searches the trail by a request reference in any case, its entries come with the reference; a malformed one is a clear 400 (issue #19)', async () => {
    const request = await createRightsRequest(app);
    await callConsole(app, 'POST', `/api/console/requests/${request.id}/assign`, {
      cookie: handler.cookie,
      body: { version: 1, assigneeId: 'me' },
    });
    const { reference } = await app.ctx.db.prisma.rightsRequest.findUniqueOrThrow({
      where: { id: request.id },
      select: { reference: true },
    });
    const byReference = await callConsole<AuditPage>(
      app,
      'GET',
      `/api/console/audit?requestId=${encodeURIComponent(reference.toLowerCase())}`,
      { cookie: auditor.cookie },
    );
    expect(byReference.status).toBe(200);
    expect(byReference.body.items.length).toBeGreaterThan(0);
    expect(
      byReference.body.items.every(
        (e) => e.requestId === request.id && e.requestReference === reference,
      ),
    ).toBe(true);
    const unknown = await callConsole<AuditPage>(
      app,
      'GET',
      '/api/console/audit?requestId=OIK-1999-99999',
      { cookie: auditor.cookie },
    );
    expect(unknown.body.items).toEqual([]);
    const malformed = await callConsole<{ error: { details: Array<{ message: string }> } }>(
      app,
      'GET',
      '/api/console/audit?requestId=12345',
      { cookie: auditor.cookie, locale: 'fi' },
    );
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.details[0]?.message).toContain('OIK-2026-00042');
  });

  it('when one audit row is edited in the database (append-only triggers dropped first), verifyAuditChain reports exactly that row', async () => {
    expect((await verifyAuditChain(app.ctx.db)).isIntact).toBe(true);
    await dropAuditTriggers(app.ctx.db);
    const victim = await app.ctx.db.prisma.auditEntry.findFirstOrThrow({
      where: { action: 'request.started' },
    });
    await app.ctx.db.prisma.auditEntry.update({
      where: { seq: victim.seq },
      data: {
        details: JSON.stringify({ before: { status: 'received' }, after: { status: 'completed' } }),
      },
    });
    const result = await verifyAuditChain(app.ctx.db);
    expect(result.isIntact).toBe(false);
    expect(result.problems).toEqual([{ kind: 'altered', seq: victim.seq }]);
  });
});
