import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SubjectRequestSummary } from '@oikeus/contracts';
import { callApi, signUpSubject, type PortalSubject } from '../support/portal-sign-in';
import { askForIdentity, getRequestAs, submitRequestAs } from '../support/portal-requests';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

type ErrorBody = { error: { code: string; message: string } };

const received = new Date('2026-03-02T09:00:00Z');

describe.each(testProviders)('withdrawing a request on %s', (provider) => {
  let app: TestApp;
  let subject: PortalSubject;
  beforeAll(async () => {
    app = await startTestApp(provider, { now: received });
  });
  beforeEach(async () => {
    app.clock.set(received);
    subject = await signUpSubject(app);
  });
  afterAll(() => app.close());

  const withdraw = (id: string, body: unknown, lang = 'fi') =>
    callApi<{ request: SubjectRequestSummary } & ErrorBody>(
      app,
      'POST',
      `/api/requests/${id}/withdraw`,
      {
        headers: { ...subject.headers, 'accept-language': lang },
        body,
      },
    );

  it('when the subject withdraws with the version they saw, the request closes with an event and an audit entry', async () => {
    const request = await submitRequestAs(app, subject);
    app.clock.set(new Date('2026-03-02T12:00:00Z'));
    const res = await withdraw(request.id, {
      version: request.version,
      reason: 'Sain tiedot muuta kautta.',
    });
    expect(res.status).toBe(200);
    expect(res.body.request).toMatchObject({
      status: 'withdrawn',
      closedAt: '2026-03-02T12:00:00.000Z',
      version: 2,
    });
    const detail = await getRequestAs(app, subject, request.id);
    expect(detail.canWithdraw).toBe(false);
    expect(detail.events.at(-1)).toMatchObject({
      type: 'withdrawn',
      actorType: 'subject',
      data: { reason: 'Sain tiedot muuta kautta.' },
    });
    const audit = await app.ctx.db.prisma.auditEntry.findMany({
      where: { requestId: request.id },
      orderBy: { seq: 'asc' },
    });
    expect(audit.map((a) => a.action)).toEqual(['request.submitted', 'request.withdrawn']);
    expect(JSON.parse(audit[1]?.details ?? '{}')).toEqual({
      from: 'received',
      to: 'withdrawn',
      hasReason: true,
    });
  });

  it('when the handler changed the request meanwhile, the withdrawal is a 409 and nothing changes', async () => {
    const request = await submitRequestAs(app, subject);
    await askForIdentity(app, request.id); // bumps the version, as a handler's action does
    const res = await withdraw(request.id, { version: request.version }, 'en');
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('CONFLICT');
    const stored = await app.ctx.db.prisma.rightsRequest.findUniqueOrThrow({
      where: { id: request.id },
    });
    expect(stored).toMatchObject({ status: 'identity_pending', version: 2, closedAt: null });
  });

  it('when a request waiting for identity is withdrawn, its pause ends too', async () => {
    const request = await submitRequestAs(app, subject);
    await askForIdentity(app, request.id);
    app.clock.advance(3_600_000);
    const res = await withdraw(request.id, { version: 2 });
    expect(res.status).toBe(200);
    const pause = await app.ctx.db.prisma.requestSuspension.findFirstOrThrow({
      where: { requestId: request.id },
    });
    expect(pause.endedAt?.toISOString()).toBe('2026-03-02T10:00:00.000Z');
  });

  it('when the request is already closed, withdrawing is refused by the lifecycle', async () => {
    const request = await submitRequestAs(app, subject);
    await app.ctx.db.prisma.rightsRequest.update({
      where: { id: request.id },
      data: { status: 'completed', closedAt: received },
    });
    const res = await withdraw(request.id, { version: 1 }, 'sv');
    expect(res.status).toBe(409);
    expect(res.body.error).toEqual({
      code: 'ILLEGAL_TRANSITION',
      message: 'Begäran är redan behandlad eller återkallad och kan inte längre återkallas.',
    });
    expect(
      (await app.ctx.db.prisma.rightsRequest.findUniqueOrThrow({ where: { id: request.id } }))
        .status,
    ).toBe('completed');
  });

  it('when the withdrawal is sent twice, the second one is refused', async () => {
    const request = await submitRequestAs(app, subject);
    expect((await withdraw(request.id, { version: 1 })).status).toBe(200);
    const again = await withdraw(request.id, { version: 2 });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('ILLEGAL_TRANSITION');
    expect(
      await app.ctx.db.prisma.requestEvent.count({
        where: { requestId: request.id, type: 'withdrawn' },
      }),
    ).toBe(1);
  });

  it.each([
    ['no version', {}],
    ['a version as text', { version: '1' }],
    ['an unknown field', { version: 1, status: 'completed' }],
  ])('when the body has %s, the answer is 400 and the request stays open', async (_label, body) => {
    const request = await submitRequestAs(app, subject);
    expect((await withdraw(request.id, body)).status).toBe(400);
    expect(
      (await app.ctx.db.prisma.rightsRequest.findUniqueOrThrow({ where: { id: request.id } }))
        .status,
    ).toBe('received');
  });
});
