import type { ConsoleRequestDetail, WriteResult } from '@oikeus/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueSubjectSessionToken } from '../../src/http/session-token';
import {
  createCustomer,
  createMarketingContact,
  createRightsRequest,
} from '../support/console-factories';
import { callConsole, signInStaff, type SignedInStaff } from '../support/console-sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

const NOW = new Date('2026-03-02T09:00:00Z');
const DAY = 86_400_000;

describe.each(testProviders)('request detail and workflow on %s', (provider) => {
  let app: TestApp;
  let handler: SignedInStaff;
  let auditor: SignedInStaff;
  beforeAll(async () => {
    app = await startTestApp(provider, { now: NOW });
    handler = await signInStaff(app, 'handler');
    auditor = await signInStaff(app, 'auditor');
  });
  afterAll(() => app.close());

  const detail = (id: string, cookie = handler.cookie) =>
    callConsole<ConsoleRequestDetail>(app, 'GET', `/api/console/requests/${id}`, { cookie });
  const post = <T = WriteResult>(path: string, body: unknown, cookie = handler.cookie) =>
    callConsole<T>(app, 'POST', path, { cookie, body });

  it('when a handler opens a request, it shows what the subject sent, the deadline reasoning, identity facts and matching records', async () => {
    const request = await createRightsRequest(app, {
      type: 'rectification',
      account: { name: 'Liisa Esimerkki', phone: '040 765 4321' },
      details: {
        type: 'rectification',
        registers: ['customer'],
        items: [{ field: 'city', correctValue: 'Espoo' }],
      },
    });
    const customer = await createCustomer(app, {
      firstName: 'Liisa',
      lastName: 'Esimerkki',
      email: request.account.email,
    });
    const contact = await createMarketingContact(app, {
      firstName: 'Liisa',
      lastName: 'Esimerkki',
      phone: '+358407654321',
      email: null,
    });
    const res = await detail(request.id, auditor.cookie);
    expect(res.status).toBe(200);
    expect(res.body.details).toEqual({
      type: 'rectification',
      registers: ['customer'],
      items: [{ field: 'city', correctValue: 'Espoo' }],
    });
    expect(res.body.deadline).toMatchObject({
      receivedDate: '2026-03-02',
      dueDate: '2026-04-02',
      isExtended: false,
      canExtend: true,
    });
    expect(res.body.deadline.reasoning.map((s) => s.step)).toContain('one-month');
    expect(res.body.identity).toMatchObject({
      signInMethod: 'one_time_code_or_link',
      emailVerifiedAt: NOW.toISOString(),
      identityVerifiedAt: null,
    });
    // Matching records are a search of their own, run when the handler asks
    // (issue #22: not on every opening of the request).
    expect(res.body).not.toHaveProperty('candidates');
    const search = await callConsole<{ items: Array<{ id: string; score: number }> }>(
      app,
      'GET',
      `/api/console/register-search?requestId=${request.id}&email=${encodeURIComponent(request.account.email)}&phone=${encodeURIComponent('040 765 4321')}&name=${encodeURIComponent('Liisa Esimerkki')}`,
      { cookie: auditor.cookie },
    );
    const candidates = search.body.items.map((c) => [c.id, c.score]);
    expect(candidates).toContainEqual([customer.id, 100]);
    expect(candidates).toContainEqual([contact.id, 85]);
    expect(res.body.allowedActions).toEqual(['request_identity', 'start', 'refuse', 'withdraw']);
  });

  it('when the handler asks for identity information, the clock pauses, the subject gets the question by mail, and verifying resumes it later', async () => {
    const request = await createRightsRequest(app);
    const asked = await post(`/api/console/requests/${request.id}/request-identity-info`, {
      version: 1,
      question: 'Kerro asiakasnumerosi tai viimeisimmän laskusi numero.',
    });
    expect(asked.status).toBe(200);
    expect(asked.body.version).toBe(2);
    const paused = await detail(request.id);
    expect(paused.body.status).toBe('identity_pending');
    expect(paused.body.deadline.isSuspended).toBe(true);
    expect(paused.body.deadline.pauses).toEqual([
      { startedAt: NOW.toISOString(), endedAt: null, reason: 'identity_information_requested' },
    ]);
    const mail = await app.ctx.db.prisma.outboxMessage.findFirst({
      where: { requestId: request.id, template: 'identity_question' },
    });
    expect(mail?.toAddress).toBe(request.account.email);
    expect(mail?.textBody).toContain('asiakasnumerosi');

    app.clock.set(new Date(NOW.getTime() + 5 * DAY));
    try {
      const later = await signInStaff(app, 'handler');
      const verified = await post(
        `/api/console/requests/${request.id}/verify-identity`,
        { version: 2, note: 'Asiakas kertoi laskun numeron, joka täsmää rekisteriin.' },
        later.cookie,
      );
      expect(verified.status).toBe(200);
      const resumed = await detail(request.id, later.cookie);
      expect(resumed.body.status).toBe('in_progress');
      expect(resumed.body.deadline.isSuspended).toBe(false);
      expect(resumed.body.deadline.pausedDays).toBe(5);
      // 2 April + 5 paused days = 7 April (Tuesday after Easter Monday 6 April 2026).
      expect(resumed.body.deadline.dueDate).toBe('2026-04-07');
      expect(resumed.body.identity).toMatchObject({
        identityVerifiedBy: { id: later.id },
        identityNote: 'Asiakas kertoi laskun numeron, joka täsmää rekisteriin.',
      });
      const stored = await app.ctx.db.prisma.rightsRequest.findUniqueOrThrow({
        where: { id: request.id },
      });
      expect(stored.dueDate).toBe('2026-04-07');
      expect(stored.identityVerifiedAt?.toISOString()).toBe(app.clock.now().toISOString());
    } finally {
      app.clock.set(NOW);
    }
  });

  it('when a handler writes an internal note, staff see it in the timeline but the subject never does', async () => {
    const request = await createRightsRequest(app);
    const noted = await post(`/api/console/requests/${request.id}/notes`, {
      version: 1,
      body: 'Sisäinen: tarkista laskutusosoite.',
    });
    expect(noted.status).toBe(200);
    const staffView = await detail(request.id);
    expect(staffView.body.messages).toMatchObject([
      {
        isInternalNote: true,
        body: 'Sisäinen: tarkista laskutusosoite.',
        author: { id: handler.id },
      },
    ]);
    expect(staffView.body.timeline.at(-1)).toMatchObject({
      type: 'internal_note_added',
      isVisibleToSubject: false,
    });

    const cookie = `oikeus_session=${await issueSubjectSessionToken(app.ctx, request.accountId)}`;
    const subjectView = await fetch(`${app.url}/api/requests/${request.id}`, {
      headers: { cookie },
    });
    expect(subjectView.status).toBe(200);
    expect(await subjectView.text()).not.toContain('tarkista laskutusosoite');
  });

  it('when a handler assigns the request to themself and starts it, the queue and timeline show it', async () => {
    const request = await createRightsRequest(app);
    expect(
      (await post(`/api/console/requests/${request.id}/assign`, { version: 1, assigneeId: 'me' }))
        .status,
    ).toBe(200);
    app.clock.advance(60_000);
    expect((await post(`/api/console/requests/${request.id}/start`, { version: 2 })).status).toBe(
      200,
    );
    app.clock.set(NOW);
    const res = await detail(request.id);
    expect(res.body).toMatchObject({
      status: 'in_progress',
      version: 3,
      assignee: { id: handler.id },
    });
    expect(res.body.timeline.map((e) => e.type)).toEqual(['assigned', 'started']);
    const bad = await post(`/api/console/requests/${request.id}/assign`, {
      version: 3,
      assigneeId: auditor.id,
    });
    expect(bad.status).toBe(400);
  });

  it('when two handlers write at once with the same version, exactly one wins and the other gets 409 CONFLICT', async () => {
    const other = await signInStaff(app, 'handler');
    const request = await createRightsRequest(app);
    const [a, b] = await Promise.all([
      post(`/api/console/requests/${request.id}/notes`, { version: 1, body: 'Ensimmäinen' }),
      post(
        `/api/console/requests/${request.id}/assign`,
        { version: 1, assigneeId: 'me' },
        other.cookie,
      ),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = (a.status === 409 ? a : b) as { body: unknown };
    expect(loser.body).toMatchObject({
      error: { code: 'CONFLICT', message: expect.stringContaining('Joku muu muutti') },
    });
    const stored = await app.ctx.db.prisma.rightsRequest.findUniqueOrThrow({
      where: { id: request.id },
    });
    expect(stored.version).toBe(2);
    // The loser's side effects were rolled back with it.
    const events = await app.ctx.db.prisma.requestEvent.count({ where: { requestId: request.id } });
    expect(events).toBe(1);
  });

  it('when an action does not fit the status, the answer is ILLEGAL_TRANSITION and nothing changes', async () => {
    const request = await createRightsRequest(app, { status: 'completed' });
    const res = await post<{ error: { code: string } }>(
      `/api/console/requests/${request.id}/start`,
      { version: 1 },
    );
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('ILLEGAL_TRANSITION');
  });
});
