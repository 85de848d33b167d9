// Issue #17: a request completes only once what it asks for was done — a
// released package for access and portability, the applied change for
// rectification, erasure, restriction and objection — or with a partial
// refusal that says what was not done and why (Art. 12(4)), with the
// complaint route (Art. 77) and the judicial remedy (Art. 79).
import type { LetterPreview, SubjectRequestDetail, WriteResult } from '@oikeus/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createRightsRequest, linkRecords } from '../support/console-factories';
import { callConsole, signInStaff, type SignedInStaff } from '../support/console-sign-in';
import {
  compileAs,
  createRegisterRecords,
  personValues,
  prepareExportRequest,
  releaseAs,
} from '../support/exports-factories';
import { getRequestAs, submitRequestAs } from '../support/portal-requests';
import { signUpSubject } from '../support/portal-sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

const NOW = new Date('2026-03-02T09:00:00Z');

type Answer = WriteResult & { error?: { code: string; message: string } };

describe.each(testProviders)('completion requires the action on %s', (provider) => {
  let app: TestApp;
  let handler: SignedInStaff;
  beforeAll(async () => {
    app = await startTestApp(provider, { now: NOW });
    handler = await signInStaff(app, 'handler');
  });
  afterAll(() => app.close());

  const prisma = () => app.ctx.db.prisma;
  const post = <T = Answer>(path: string, body: unknown) =>
    callConsole<T>(app, 'POST', path, { cookie: handler.cookie, body, locale: 'en' });
  const complete = (requestId: string, version: number, extra: Record<string, unknown> = {}) =>
    post(`/api/console/requests/${requestId}/completion`, {
      version,
      responseLetter: 'Here is our answer.',
      ...extra,
    });
  const preview = (requestId: string) =>
    callConsole<LetterPreview>(
      app,
      'GET',
      `/api/console/requests/${requestId}/completion/preview`,
      {
        cookie: handler.cookie,
      },
    );
  const statusOf = async (requestId: string) =>
    (await prisma().rightsRequest.findUniqueOrThrow({ where: { id: requestId } })).status;

  it('an access request without a released package is not completed, and the console is told before', async () => {
    const request = await createRightsRequest(app, { status: 'in_progress' });
    expect((await preview(request.id)).body.isActionMissing).toBe(true);
    const res = await complete(request.id, 1);
    expect(res.status).toBe(409);
    expect(res.body.error?.code).toBe('ILLEGAL_TRANSITION');
    expect(res.body.error?.message).toBe(
      'No package has been released to the person. The request can be completed only after that, or with a partial refusal saying what was not done and on which ground.',
    );
    expect(await statusOf(request.id)).toBe('in_progress');
    expect(
      await prisma().outboxMessage.count({
        where: { requestId: request.id, template: 'completion' },
      }),
    ).toBe(0);
  });

  it('an access request completes once its package was released', async () => {
    const person = personValues();
    const records = await createRegisterRecords(app, { person });
    const subject = await signUpSubject(app, { email: person.email });
    const request = await prepareExportRequest(
      app,
      handler,
      subject,
      { type: 'access', registers: ['customer'] },
      { customerIds: [records.customerId] },
    );
    const compiled = await compileAs(app, handler, request.id);
    await releaseAs(app, handler, request.id, compiled.id);
    expect((await preview(request.id)).body.isActionMissing).toBe(false);
    const { version } = await prisma().rightsRequest.findUniqueOrThrow({
      where: { id: request.id },
    });
    expect((await complete(request.id, version)).status).toBe(200);
    expect(await statusOf(request.id)).toBe('completed');
  });

  it('a rectification completes once it was applied', async () => {
    const request = await createRightsRequest(app, {
      type: 'rectification',
      status: 'in_progress',
    });
    const customer = await createCustomer(app);
    await linkRecords(app, request.id, handler.id, [
      { recordType: 'customer', recordId: customer.id },
    ]);
    expect((await complete(request.id, 1)).status).toBe(409);
    const applied = await post(`/api/console/requests/${request.id}/rectification`, {
      version: 1,
      changes: [
        {
          recordType: 'customer',
          recordId: customer.id,
          field: 'streetAddress',
          value: 'Uusitie 2',
        },
      ],
    });
    expect(applied.status).toBe(200);
    expect((await complete(request.id, applied.body.version)).status).toBe(200);
  });

  it('an erasure not applied completes only with a partial refusal, which the person gets with its ground, reasons and the complaint route', async () => {
    const subject = await signUpSubject(app, { locale: 'en' });
    const submitted = await submitRequestAs(app, subject, {
      type: 'erasure',
      registers: ['customer'],
    });
    const started = await post(`/api/console/requests/${submitted.id}/start`, {
      version: submitted.version,
    });
    expect(started.status).toBe(200);
    const refused = await complete(submitted.id, started.body.version);
    expect(refused.status).toBe(409);
    expect(refused.body.error?.message).toContain('No erasure has been applied.');

    const reasons = 'The invoices must be kept for six years under the Accounting Act.';
    const done = await complete(submitted.id, started.body.version, {
      partialRefusal: { ground: 'legal_obligation', reasons },
    });
    expect(done.status).toBe(200);
    expect(
      await prisma().rightsRequest.findUniqueOrThrow({ where: { id: submitted.id } }),
    ).toMatchObject({
      status: 'completed',
      refusalGround: 'legal_obligation',
      refusalReason: reasons,
      responseLetter: 'Here is our answer.',
    });
    const mail = await prisma().outboxMessage.findFirstOrThrow({
      where: { requestId: submitted.id, template: 'completion' },
    });
    expect(mail.textBody).toContain('Here is our answer.');
    expect(mail.textBody).toContain('What we did not do');
    expect(mail.textBody).toContain(reasons);
    expect(mail.textBody).toContain('Office of the Data Protection Ombudsman');
    expect(mail.textBody).toContain('Article 79');
    const event = await prisma().requestEvent.findFirstOrThrow({
      where: { requestId: submitted.id, type: 'completed' },
    });
    expect(JSON.parse(event.data ?? 'null')).toEqual({ partialRefusalGround: 'legal_obligation' });
    const audit = await prisma().auditEntry.findFirstOrThrow({
      where: { requestId: submitted.id, action: 'request.completed' },
    });
    expect(JSON.parse(audit.details ?? '{}')).toMatchObject({
      partialRefusal: { ground: 'legal_obligation', reasons },
    });
    const seen: SubjectRequestDetail = await getRequestAs(app, subject, submitted.id);
    expect(seen.refusalReason).toBe(reasons);
    expect(seen.responseLetter).toBe('Here is our answer.');
  });

  it('an objection to direct marketing completes on the prohibition recorded at submission, and part of it cannot be refused', async () => {
    const subject = await signUpSubject(app);
    const submitted = await submitRequestAs(app, subject, {
      type: 'objection',
      channels: ['email'],
    });
    const started = await post(`/api/console/requests/${submitted.id}/start`, {
      version: submitted.version,
    });
    const partly = await complete(submitted.id, started.body.version, {
      partialRefusal: { ground: 'legal_claims', reasons: 'We keep marketing anyway.' },
    });
    expect(partly.status).toBe(409);
    expect(partly.body.error?.message).toMatch(/direct marketing cannot be refused/);
    expect((await complete(submitted.id, started.body.version)).status).toBe(200);
  });

  it('a partial refusal on "identity not confirmed" is refused once the identity was recorded as confirmed', async () => {
    const request = await createRightsRequest(app, { type: 'restriction', status: 'in_progress' });
    await prisma().rightsRequest.update({
      where: { id: request.id },
      data: { identityVerifiedAt: NOW, identityNote: 'Matched.' },
    });
    const res = await complete(request.id, 1, {
      partialRefusal: { ground: 'identity_not_confirmed', reasons: 'Could not confirm.' },
    });
    expect(res.status).toBe(409);
    expect(res.body.error?.message).toMatch(/already been recorded as confirmed/);
  });
});
