// Issue #15: use cases throw a reason key; the error middleware answers in the
// caller's language (the `lang` cookie, else Accept-Language), message and field
// details alike, with the same code and status whatever the language.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRightsRequest } from '../support/console-factories';
import { callConsole, signInStaff, type SignedInStaff } from '../support/console-sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

type ErrorAnswer = {
  error: { code: string; message: string; details?: Array<{ path: string; message: string }> };
};

const assigneeInvalid = {
  fi: 'Pyyntöä voi osoittaa vain aktiiviselle käsittelijälle tai pääkäyttäjälle.',
  sv: 'Begäran kan bara tilldelas en aktiv handläggare eller administratör.',
  en: 'A request can only be assigned to an active handler or admin.',
};

describe.each(testProviders)('error texts in the caller’s language on %s', (provider) => {
  let app: TestApp;
  let handler: SignedInStaff;
  beforeAll(async () => {
    app = await startTestApp(provider, { now: new Date('2026-03-02T09:00:00Z') });
    handler = await signInStaff(app, 'handler');
  });
  afterAll(() => app.close());

  const assignToNobody = (requestId: string, options: { locale?: string; cookie?: string }) =>
    callConsole<ErrorAnswer>(app, 'POST', `/api/console/requests/${requestId}/assign`, {
      cookie: options.cookie ?? handler.cookie,
      body: { version: 1, assigneeId: randomUUID() },
      ...(options.locale ? { locale: options.locale } : {}),
    });

  it('when the assignee is not a handler, the same refusal comes back in Finnish, Swedish and English', async () => {
    const request = await createRightsRequest(app);
    for (const [locale, text] of Object.entries(assigneeInvalid)) {
      const res = await assignToNobody(request.id, { locale });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({
        error: {
          code: 'VALIDATION_FAILED',
          message: text,
          details: [{ path: 'assigneeId', message: text }],
        },
      });
    }
  });

  it('when the UI has set the lang cookie, it wins over Accept-Language; with neither, Finnish', async () => {
    const request = await createRightsRequest(app);
    const swedishUi = await assignToNobody(request.id, {
      locale: 'en',
      cookie: `${handler.cookie}; lang=sv`,
    });
    expect(swedishUi.body.error.message).toBe(assigneeInvalid.sv);
    const noPreference = await assignToNobody(request.id, {});
    expect(noPreference.body.error.message).toBe(assigneeInvalid.fi);
  });
});
