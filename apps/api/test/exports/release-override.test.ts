// Issue #17: a package goes out only to a person whose identity was checked
// and only after their register records were confirmed (Art. 15(1), 15(3);
// EDPB 01/2022 §§65, 73–75) — or with the handler's explicit override and its
// reason, kept in the release's audit entry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callConsole, signInStaff, type SignedInStaff } from '../support/console-sign-in';
import {
  compileAs,
  createRegisterRecords,
  personValues,
  prepareExportRequest,
} from '../support/exports-factories';
import { signUpSubject } from '../support/portal-sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

const now = new Date('2026-03-02T09:00:00Z');

type ErrorBody = { error?: { code: string; message: string } };

describe.each(testProviders)('releasing a package with a gap on %s', (provider) => {
  let app: TestApp;
  let handler: SignedInStaff;
  beforeAll(async () => {
    app = await startTestApp(provider, { now });
    handler = await signInStaff(app, 'handler');
  });
  afterAll(() => app.close());

  async function compiledRequest(options: { isIdentityChecked: boolean; hasRecords: boolean }) {
    const person = personValues();
    const records = await createRegisterRecords(app, { person });
    const subject = await signUpSubject(app, { email: person.email });
    const request = await prepareExportRequest(
      app,
      handler,
      subject,
      { type: 'access', registers: ['customer'] },
      options.hasRecords ? { customerIds: [records.customerId] } : {},
      { isIdentityChecked: options.isIdentityChecked },
    );
    const compiled = await compileAs(app, handler, request.id);
    return { requestId: request.id, exportId: compiled.id };
  }

  const release = (requestId: string, exportId: string, body: Record<string, unknown> = {}) =>
    callConsole<ErrorBody & { export?: { status: string } }>(
      app,
      'POST',
      `/api/console/requests/${requestId}/exports/${exportId}/release`,
      { cookie: handler.cookie, body, locale: 'en' },
    );

  const releaseAudit = (requestId: string) =>
    app.ctx.db.prisma.auditEntry.findFirst({ where: { requestId, action: 'export.released' } });

  it('without a recorded identity check, release is refused until the handler overrides it with a reason, which the audit entry keeps', async () => {
    const { requestId, exportId } = await compiledRequest({
      isIdentityChecked: false,
      hasRecords: true,
    });
    const refused = await release(requestId, exportId);
    expect(refused.status).toBe(409);
    expect(refused.body.error?.code).toBe('ILLEGAL_TRANSITION');
    expect(refused.body.error?.message).toBe(
      'No identity check has been recorded. The package can be released only with an override and a reason.',
    );
    expect(
      (await app.ctx.db.prisma.export.findUniqueOrThrow({ where: { id: exportId } })).status,
    ).toBe('ready');
    expect(
      await app.ctx.db.prisma.outboxMessage.count({
        where: { requestId, template: 'result_ready' },
      }),
    ).toBe(0);
    expect(await releaseAudit(requestId)).toBeNull();

    const blank = await release(requestId, exportId, { override: { reason: '   ' } });
    expect(blank.status).toBe(400);

    const reason = 'The person answered the identity question in person at the office.';
    const released = await release(requestId, exportId, { override: { reason } });
    expect(released.status).toBe(200);
    expect(released.body.export?.status).toBe('released');
    const audit = await releaseAudit(requestId);
    expect(JSON.parse(audit?.details ?? '{}')).toMatchObject({
      override: { gaps: ['identity_check'], reason },
    });
  });

  it('without confirmed records, release names that gap and goes out only with an override', async () => {
    const { requestId, exportId } = await compiledRequest({
      isIdentityChecked: true,
      hasRecords: false,
    });
    const refused = await release(requestId, exportId);
    expect(refused.status).toBe(409);
    expect(refused.body.error?.message).toBe(
      'No register records have been confirmed for the request. The package can be released only with an override and a reason.',
    );
    const reason = 'Searched both registers by email, phone and name: nothing matched.';
    expect((await release(requestId, exportId, { override: { reason } })).status).toBe(200);
    expect(JSON.parse((await releaseAudit(requestId))?.details ?? '{}')).toMatchObject({
      override: { gaps: ['confirmed_records'], reason },
    });
  });

  it('when both are missing, the message names both', async () => {
    const { requestId, exportId } = await compiledRequest({
      isIdentityChecked: false,
      hasRecords: false,
    });
    const fi = await callConsole<ErrorBody>(
      app,
      'POST',
      `/api/console/requests/${requestId}/exports/${exportId}/release`,
      { cookie: handler.cookie, body: {}, locale: 'fi' },
    );
    expect(fi.status).toBe(409);
    expect(fi.body.error?.message).toContain('Henkilöllisyyden tarkistusta ei ole kirjattu.');
    expect(fi.body.error?.message).toContain(
      'Pyynnölle ei ole vahvistettu yhtään rekisteritietoa.',
    );
  });

  it('with the identity checked and records confirmed, no override is needed and none is recorded', async () => {
    const { requestId, exportId } = await compiledRequest({
      isIdentityChecked: true,
      hasRecords: true,
    });
    expect((await release(requestId, exportId)).status).toBe(200);
    const details = JSON.parse((await releaseAudit(requestId))?.details ?? '{}') as object;
    expect(details).not.toHaveProperty('override');
  });
});
