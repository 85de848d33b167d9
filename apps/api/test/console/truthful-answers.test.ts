// Issue #17: an answer says only what is true. A refusal rests on a ground that
// can hold (Art. 11(2), 12(2), 12(4)–(6), 15(4), 17(3), 21(2)–(3)), names the
// complaint route (Art. 77(1)) and the judicial remedy (Art. 79), and the
// handler is warned when the one-month date has passed.
import type { LetterPreview, WriteResult } from '@oikeus/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRightsRequest } from '../support/console-factories';
import { callConsole, signInStaff, type SignedInStaff } from '../support/console-sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

const NOW = new Date('2026-03-02T09:00:00Z');
const DAY = 86_400_000;

describe.each(testProviders)('truthful answers on %s', (provider) => {
  let app: TestApp;
  let handler: SignedInStaff;
  beforeAll(async () => {
    app = await startTestApp(provider, { now: NOW });
    handler = await signInStaff(app, 'handler');
  });
  afterAll(() => app.close());

  const get = <T>(path: string) => callConsole<T>(app, 'GET', path, { cookie: handler.cookie });
  const post = <T = WriteResult>(path: string, body: unknown) =>
    callConsole<T>(app, 'POST', path, { cookie: handler.cookie, body, locale: 'en' });
  const refuse = (requestId: string, version: number, ground: string) =>
    post<{ error?: { message: string } }>(`/api/console/requests/${requestId}/refusal`, {
      version,
      ground,
      reasons: 'Reasons written by the handler.',
    });

  it('an objection to direct marketing cannot be refused (Art. 21(2)–(3))', async () => {
    const request = await createRightsRequest(app, { type: 'objection', status: 'in_progress' });
    const res = await refuse(request.id, 1, 'manifestly_unfounded');
    expect(res.status).toBe(409);
    expect(res.body.error?.message).toMatch(/direct marketing cannot be refused/);
    const row = await app.ctx.db.prisma.rightsRequest.findUniqueOrThrow({
      where: { id: request.id },
    });
    expect(row.status).toBe('in_progress');
  });

  it('"identity not confirmed" is refused as a first step, before any identity question', async () => {
    const request = await createRightsRequest(app);
    const res = await refuse(request.id, 1, 'identity_not_confirmed');
    expect(res.status).toBe(409);
    expect(res.body.error?.message).toMatch(/only after asking for more information/);
  });

  it('"identity not confirmed" is refused once the identity was recorded as confirmed', async () => {
    const request = await createRightsRequest(app);
    const asked = await post(`/api/console/requests/${request.id}/request-identity-info`, {
      version: 1,
      question: 'What is your customer number?',
    });
    expect(asked.status).toBe(200);
    await app.ctx.db.prisma.rightsRequest.update({
      where: { id: request.id },
      data: { identityVerifiedAt: NOW, identityNote: 'Customer number matched.' },
    });
    const res = await refuse(request.id, asked.body.version, 'identity_not_confirmed');
    expect(res.status).toBe(409);
    expect(res.body.error?.message).toMatch(/already been recorded as confirmed/);
  });

  it('"identity not confirmed" is accepted after an identity question that went unanswered', async () => {
    const request = await createRightsRequest(app);
    const asked = await post(`/api/console/requests/${request.id}/request-identity-info`, {
      version: 1,
      question: 'What is your customer number?',
    });
    expect(asked.status).toBe(200);
    const res = await refuse(request.id, asked.body.version, 'identity_not_confirmed');
    expect(res.status).toBe(200);
  });

  it.each(['legal_obligation', 'legal_claims', 'rights_of_others', 'not_applicable'])(
    'the ground %s is accepted, and the refusal names the reasons, Art. 77(1) and Art. 79',
    async (ground) => {
      const request = await createRightsRequest(app, { status: 'in_progress', locale: 'en' });
      const res = await refuse(request.id, 1, ground);
      expect(res.status).toBe(200);
      const mail = await app.ctx.db.prisma.outboxMessage.findFirstOrThrow({
        where: { requestId: request.id, template: 'refusal' },
      });
      expect(mail.textBody).toContain('Reasons written by the handler.');
      expect(mail.textBody).toContain('Office of the Data Protection Ombudsman');
      expect(mail.textBody).toContain('where the alleged infringement took place');
      expect(mail.textBody).toContain('Article 79');
    },
  );

  it('the Swedish identity question says the time limit does not run while we wait for the answer', async () => {
    const request = await createRightsRequest(app, { locale: 'sv' });
    const asked = await post(`/api/console/requests/${request.id}/request-identity-info`, {
      version: 1,
      question: 'Vilket är ditt kundnummer?',
    });
    expect(asked.status).toBe(200);
    const mail = await app.ctx.db.prisma.outboxMessage.findFirstOrThrow({
      where: { requestId: request.id, template: 'identity_question' },
    });
    expect(mail.textBody).toContain('löper inte medan vi väntar på ditt svar');
    expect(mail.textBody).not.toContain('avbruten');
  });

  it('the "excessive" ground does not assert that the request was repeated', async () => {
    const request = await createRightsRequest(app, { locale: 'en' });
    const preview = await get<LetterPreview>(
      `/api/console/requests/${request.id}/refusal/preview?ground=excessive`,
    );
    expect(preview.status).toBe(200);
    expect(preview.body.draft).toContain('manifestly excessive');
    expect(preview.body.draft).not.toMatch(/repetitive|repeated/);
  });

  it('the refusal preview warns the handler once the one-month date has passed', async () => {
    const request = await createRightsRequest(app, { locale: 'fi' });
    const inTime = await get<LetterPreview>(
      `/api/console/requests/${request.id}/refusal/preview?ground=excessive`,
    );
    expect(inTime.body.isAfterOneMonth).toBe(false);
    expect(inTime.body.complaintRoute).toContain('viedä asian tuomioistuimen ratkaistavaksi');
    expect(inTime.body.complaintRoute).toContain('jäsenvaltion');
    app.clock.set(new Date(NOW.getTime() + 40 * DAY));
    try {
      // The earlier session has expired by then; sign in again on the later day.
      const later = await signInStaff(app, 'handler');
      const late = await callConsole<LetterPreview>(
        app,
        'GET',
        `/api/console/requests/${request.id}/refusal/preview?ground=excessive`,
        { cookie: later.cookie },
      );
      expect(late.status).toBe(200);
      expect(late.body.isAfterOneMonth).toBe(true);
    } finally {
      app.clock.set(NOW);
    }
  });
});
