import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SubjectRequestDetail, SubjectRequestSummary } from '@oikeus/contracts';
import { callApi, signUpSubject, uniqueEmail, type PortalSubject } from '../support/portal-sign-in';
import { getRequestAs, sampleRequestInputs, submitRequestAs } from '../support/portal-requests';
import { listMarketingAudience } from '../../src/features/register-actions/list-marketing-audience';
import { suppressionHash } from '../../src/registers/suppression-hash';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

type ErrorBody = {
  error: { code: string; message: string; details?: { path: string; message: string }[] };
};

// Monday 2 March 2026, 11:00 in Helsinki.
const received = new Date('2026-03-02T09:00:00Z');

describe.each(testProviders)('submitting requests in the portal on %s', (provider) => {
  let app: TestApp;
  let subject: PortalSubject;
  beforeAll(async () => {
    app = await startTestApp(provider, { now: received });
    subject = await signUpSubject(app, { locale: 'en' });
  });
  // Sessions last 12 hours on the injected clock: tests that move it far put it back.
  beforeEach(() => app.clock.set(received));
  afterAll(() => app.close());

  const counts = async () => ({
    requests: await app.ctx.db.prisma.rightsRequest.count(),
    events: await app.ctx.db.prisma.requestEvent.count(),
    audit: await app.ctx.db.prisma.auditEntry.count(),
    outbox: await app.ctx.db.prisma.outboxMessage.count(),
  });

  it.each(Object.values(sampleRequestInputs))(
    'when a $type request is submitted, it is received with a reference and the one-month deadline',
    async (input) => {
      app.clock.set(received);
      const request = await submitRequestAs(app, subject, input);
      expect(request).toMatchObject({
        type: input.type,
        status: 'received',
        receivedAt: '2026-03-02T09:00:00.000Z',
        closedAt: null,
        version: 1,
        deadline: {
          receivedDate: '2026-03-02',
          // Reg. 1182/71 Art. 3(2)(c): the same date one month later, a working day.
          dueDate: '2026-04-02',
          effectiveDueDate: '2026-04-02',
          extendedDueDate: null,
          isExtended: false,
          isSuspended: false,
          pausedDays: 0,
        },
      });
      expect(request.reference).toMatch(/^OIK-2026-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{6}$/);
      const stored = await app.ctx.db.prisma.rightsRequest.findUniqueOrThrow({
        where: { id: request.id },
      });
      expect(stored).toMatchObject({
        accountId: subject.accountId,
        dueDate: '2026-04-02',
        targetDate: '2026-03-26',
        locale: 'en',
      });
    },
  );

  it('when a request is submitted, its event, audit entry and acknowledgement email are written with it', async () => {
    app.clock.set(received);
    const request = await submitRequestAs(app, subject, sampleRequestInputs.erasure);
    const detail = await getRequestAs(app, subject, request.id);
    expect(detail.events).toEqual([
      expect.objectContaining({
        type: 'submitted',
        actorType: 'subject',
        createdAt: '2026-03-02T09:00:00.000Z',
      }),
    ]);
    expect(detail.details).toEqual(sampleRequestInputs.erasure);
    const audit = await app.ctx.db.prisma.auditEntry.findMany({ where: { requestId: request.id } });
    expect(audit.map((a) => a.action)).toEqual(['request.submitted']);
    expect(audit[0]?.actorId).toBe(subject.accountId);
    const mails = await app.ctx.db.prisma.outboxMessage.findMany({
      where: { requestId: request.id, NOT: { template: 'new_request' } },
    });
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      template: 'acknowledgement',
      toAddress: subject.email,
      locale: 'en',
    });
    expect(mails[0]?.textBody).toContain(request.reference);
    expect(mails[0]?.textBody).toContain('April 2026');
    expect(mails[0]?.textBody).toContain(`/requests/${request.id}`);
  });

  it('when a request arrives on Saturday evening, the day still counts as receipt and the deadline moves past Easter', async () => {
    // Receipt Saturday 2026-03-07 23:30 Helsinki time.
    app.clock.set(new Date('2026-03-07T21:30:00Z'));
    const saturdaySubject = await signUpSubject(app);
    const request = await submitRequestAs(app, saturdaySubject, sampleRequestInputs.access);
    expect(request.deadline.receivedDate).toBe('2026-03-07');
    // 7 April 2026 is a Tuesday after Easter Monday (6 April): a working day.
    expect(request.deadline.dueDate).toBe('2026-04-07');
    // 3 April 2026 would be Good Friday: receipt on 3 March moves the end to Tuesday 7 April.
    app.clock.set(new Date('2026-03-03T10:00:00Z'));
    const goodFriday = await submitRequestAs(
      app,
      await signUpSubject(app),
      sampleRequestInputs.access,
    );
    expect(goodFriday.deadline.dueDate).toBe('2026-04-07');
  });

  it('when the subject lists requests, only their own come back, newest first', async () => {
    const own = await signUpSubject(app);
    const other = await signUpSubject(app);
    app.clock.set(new Date('2026-03-02T10:00:00Z'));
    const first = await submitRequestAs(app, own, sampleRequestInputs.access);
    app.clock.set(new Date('2026-03-02T11:00:00Z'));
    const second = await submitRequestAs(app, own, sampleRequestInputs.portability);
    await submitRequestAs(app, other, sampleRequestInputs.access);
    const res = await callApi<{ requests: SubjectRequestSummary[] }>(app, 'GET', '/api/requests', {
      headers: own.headers,
    });
    expect(res.status).toBe(200);
    expect(res.body.requests.map((r) => r.id)).toEqual([second.id, first.id]);
  });

  it('when rectification items are missing or incomplete, each field gets its own message in the person’s language and nothing is stored', async () => {
    const before = await counts();
    const res = await callApi<ErrorBody>(app, 'POST', '/api/requests', {
      headers: { ...subject.headers, 'accept-language': 'fi' },
      body: {
        type: 'rectification',
        registers: [],
        items: [{ field: 'other', correctValue: '   ' }],
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    const byPath = Object.fromEntries(
      (res.body.error.details ?? []).map((d) => [d.path, d.message]),
    );
    expect(byPath).toMatchObject({
      registers: 'Valitse vähintään yksi rekisteri.',
      'items.0.correctValue': 'Kirjoita oikea tieto.',
      'items.0.otherField': 'Kerro, mitä tietoa korjaus koskee.',
    });
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['an unknown request type', { type: 'delete_everything', registers: ['customer'] }],
    ['an unknown field', { ...sampleRequestInputs.access, isVerified: true }],
    ['a register that does not exist', { type: 'access', registers: ['payroll'] }],
    ['a number instead of a list', { type: 'access', registers: 7 }],
    [
      'a restriction ground outside Art. 18(1)',
      { ...sampleRequestInputs.restriction, ground: 'legal_hold_17_3_b' },
    ],
    ['an objection without channels', { type: 'objection', channels: [] }],
    ['a duplicated channel', { type: 'objection', channels: ['email', 'email'] }],
    ['an empty body', {}],
    ['an array', [sampleRequestInputs.access]],
    ['an over-long reason', { ...sampleRequestInputs.erasure, reason: 'x'.repeat(2001) }],
    [
      '21 rectification items',
      {
        ...sampleRequestInputs.rectification,
        items: Array(21).fill(sampleRequestInputs.rectification.items[0]),
      },
    ],
  ])('when the body has %s, the answer is 400 and nothing changes', async (_label, body) => {
    const before = await counts();
    const res = await callApi<ErrorBody>(app, 'POST', '/api/requests', {
      headers: { ...subject.headers, 'accept-language': 'sv' },
      body,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('Kontrollera uppgifterna i formuläret.');
    expect(res.body.error.details?.length).toBeGreaterThan(0);
    expect(await counts()).toEqual(before);
  });

  it('when the body is a 1 MB string, the answer is 413 and nothing changes', async () => {
    const before = await counts();
    const res = await callApi<ErrorBody>(app, 'POST', '/api/requests', {
      headers: { ...subject.headers, 'accept-language': 'en' },
      body: { ...sampleRequestInputs.erasure, reason: 'x'.repeat(1024 * 1024) },
    });
    expect(res.status).toBe(413);
    expect(res.body.error).toEqual({
      code: 'PAYLOAD_TOO_LARGE',
      message: 'What you sent is too large.',
    });
    expect(await counts()).toEqual(before);
  });

  it('when text contains a script tag, it is stored and returned as plain text inside JSON', async () => {
    app.clock.set(received);
    const hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const request = await submitRequestAs(app, subject, {
      ...sampleRequestInputs.erasure,
      reason: hostile,
    });
    const res = await fetch(`${app.url}/api/requests/${request.id}`, { headers: subject.headers });
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const detail = ((await res.json()) as { request: SubjectRequestDetail }).request;
    expect(detail.details).toMatchObject({ reason: hostile });
    const stored = await app.ctx.db.prisma.rightsRequest.findUniqueOrThrow({
      where: { id: request.id },
    });
    expect(JSON.parse(stored.details)).toMatchObject({ reason: hostile });
    const [mail] = await app.ctx.db.prisma.outboxMessage.findMany({
      where: { requestId: request.id },
    });
    expect(mail?.htmlBody).not.toContain('<script>');
  });

  it('when nobody is signed in, submitting is refused', async () => {
    const before = await counts();
    const res = await callApi(app, 'POST', '/api/requests', {
      headers: { 'content-type': 'application/json', 'x-requested-with': 'oikeus' },
      body: sampleRequestInputs.access,
    });
    expect(res.status).toBe(401);
    expect(await counts()).toEqual(before);
  });
});

describe.each(testProviders)('objection to direct marketing on %s', (provider) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(provider, { now: received });
  });
  afterAll(() => app.close());

  async function createContact(
    email: string | null,
    granted: Array<'email' | 'sms' | 'phone' | 'post'>,
  ) {
    return app.ctx.db.prisma.marketingContact.create({
      data: {
        firstName: 'Maija',
        lastName: 'Meikäläinen',
        email,
        source: 'web_form',
        lastActivityOn: new Date('2025-10-01T00:00:00Z'),
        permissions: {
          create: granted.map((channel) => ({
            channel,
            decision: 'granted' as const,
            decidedAt: new Date('2025-01-01T00:00:00Z'),
            method: 'web_form' as const,
          })),
        },
      },
    });
  }

  it('when the subject objects to email and SMS marketing, every contact with their verified address is prohibited at once (Art. 21(3))', async () => {
    const email = uniqueEmail('objector');
    const subject = await signUpSubject(app, { email });
    const first = await createContact(email, ['email', 'sms', 'post']);
    const second = await createContact(email, []);
    const stranger = await createContact(uniqueEmail('stranger'), ['email', 'sms']);

    app.clock.set(new Date('2026-03-02T10:00:00Z'));
    const request = await submitRequestAs(app, subject, {
      type: 'objection',
      channels: ['email', 'sms'],
    });
    expect(request.status).toBe('received');
    expect(request.registers).toEqual(['marketing']);

    const decisions = async (contactId: string) =>
      Object.fromEntries(
        (await app.ctx.db.prisma.marketingPermission.findMany({ where: { contactId } })).map(
          (p) => [p.channel, [p.decision, p.method]],
        ),
      );
    expect(await decisions(first.id)).toEqual({
      email: ['prohibited', 'portal'],
      sms: ['prohibited', 'portal'],
      post: ['granted', 'web_form'],
    });
    expect(await decisions(second.id)).toEqual({
      email: ['prohibited', 'portal'],
      sms: ['prohibited', 'portal'],
    });
    expect(await decisions(stranger.id)).toEqual({
      email: ['granted', 'web_form'],
      sms: ['granted', 'web_form'],
    });

    const history = await app.ctx.db.prisma.marketingPermissionEvent.findMany({
      where: { requestId: request.id },
    });
    expect(history).toHaveLength(4);
    expect(history.every((h) => h.method === 'portal' && h.decision === 'prohibited')).toBe(true);
    expect(history[0]?.decidedAt.toISOString()).toBe('2026-03-02T10:00:00.000Z');

    const audit = await app.ctx.db.prisma.auditEntry.findMany({
      where: { requestId: request.id },
      orderBy: { seq: 'asc' },
    });
    expect(audit.map((a) => [a.action, a.recordType, a.recordId])).toEqual([
      ['request.submitted', null, null],
      ['marketing.prohibited', 'marketing_suppression', null],
      ['marketing.prohibited', 'marketing_contact', first.id],
      ['marketing.prohibited', 'marketing_contact', second.id],
    ]);
    const detail = await getRequestAs(app, subject, request.id);
    expect(detail.events.map((e) => e.type)).toEqual(['submitted', 'marketing_prohibited']);
    expect(detail.events[1]?.data).toEqual({
      channels: ['email', 'sms'],
      contacts: 2,
      suppressed: ['email'],
    });
  });

  it('when no marketing contact has the address, the verified address still goes on the do-not-market list for each objected channel, and the answer says what was recorded (Art. 21(3))', async () => {
    const email = uniqueEmail('no-contact');
    const subject = await signUpSubject(app, { email });
    const res = await callApi<{
      request: SubjectRequestSummary;
      marketingStop: SubjectRequestDetail['marketingStop'];
    }>(app, 'POST', '/api/requests', {
      headers: subject.headers,
      body: { type: 'objection', channels: ['email', 'post'] },
    });
    expect(res.status).toBe(201);
    const stop = {
      channels: ['email', 'post'],
      suppressed: ['email'],
      contacts: 0,
      recordedAt: app.clock.now().toISOString(),
    };
    expect(res.body.marketingStop).toEqual(stop);
    const detail = await getRequestAs(app, subject, res.body.request.id);
    expect(detail.marketingStop).toEqual(stop);
    expect(detail.events[1]?.data).toEqual({
      channels: ['email', 'post'],
      contacts: 0,
      suppressed: ['email'],
    });

    const entries = await app.ctx.db.prisma.marketingSuppression.findMany({
      where: { requestId: res.body.request.id },
      orderBy: { channel: 'asc' },
    });
    expect(entries.map((e) => [e.valueHash, e.kind, e.channel, e.reason])).toEqual([
      [suppressionHash(app.ctx, 'email', email), 'email', 'email', 'objection_art21'],
      [suppressionHash(app.ctx, 'email', email), 'email', 'post', 'objection_art21'],
    ]);
    expect(JSON.stringify(entries)).not.toContain(email);

    // A contact added later under the address stays out of marketing on the
    // objected channels, and only on those.
    const later = await createContact(email, ['email', 'sms', 'post']);
    const audience = async (channel: 'email' | 'sms' | 'post') =>
      (await listMarketingAudience(app.ctx, channel)).items.map((c) => c.id);
    expect(await audience('email')).not.toContain(later.id);
    expect(await audience('post')).not.toContain(later.id);
    expect(await audience('sms')).toContain(later.id);
  });

  it('when the subject has not verified the address, nothing is recorded and the answer does not claim it was', async () => {
    const subject = await signUpSubject(app);
    await app.ctx.db.prisma.account.update({
      where: { id: subject.accountId },
      data: { emailVerifiedAt: null },
    });
    const res = await callApi<{ marketingStop: unknown; request: SubjectRequestSummary }>(
      app,
      'POST',
      '/api/requests',
      { headers: subject.headers, body: { type: 'objection', channels: ['post'] } },
    );
    expect(res.status).toBe(201);
    expect(res.body.marketingStop).toBeNull();
    expect(
      await app.ctx.db.prisma.marketingSuppression.count({
        where: { requestId: res.body.request.id },
      }),
    ).toBe(0);
  });

  it('when an objection names an unknown channel, it is refused and no permission changes', async () => {
    const email = uniqueEmail('rollback');
    const subject = await signUpSubject(app, { email });
    const contact = await createContact(email, ['email']);
    const before = await app.ctx.db.prisma.rightsRequest.count({
      where: { accountId: subject.accountId },
    });
    const res = await callApi(app, 'POST', '/api/requests', {
      headers: subject.headers,
      body: { type: 'objection', channels: ['email', 'carrier-pigeon'] },
    });
    expect(res.status).toBe(400);
    expect(
      await app.ctx.db.prisma.rightsRequest.count({ where: { accountId: subject.accountId } }),
    ).toBe(before);
    const permission = await app.ctx.db.prisma.marketingPermission.findFirstOrThrow({
      where: { contactId: contact.id },
    });
    expect(permission.decision).toBe('granted');
  });
});
