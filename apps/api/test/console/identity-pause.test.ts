// Issue #17, identity pause (Art. 12(6); EDPB 01/2022 §159): after the
// identity was recorded as checked, a new question needs a reason; a question
// asked later than the set number of working days after receipt warns the
// handler that the pause may not hold; an unanswered question is reminded
// after 14 days, when the console offers the refusal of Art. 12(2) and 11(2).
import type {
  ConsoleRequestDetail,
  IdentityQuestionPreview,
  RequestIdentityInfoResult,
} from '@oikeus/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanReminders } from '../../src/features/reminders/scan-reminders';
import { createRightsRequest } from '../support/console-factories';
import { callConsole, signInStaff, type SignedInStaff } from '../support/console-sign-in';
import {
  createMailTestDatabase,
  startMailTestApp,
  type MailTestDatabase,
} from '../support/mail-test-app';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

// Monday 2 March 2026, 11:00 in Helsinki; the fifth working day after it is Monday 9 March.
const NOW = new Date('2026-03-02T09:00:00Z');
const DAY = 86_400_000;

type Answer = RequestIdentityInfoResult & {
  error?: { code: string; message: string; details?: Array<{ path: string; message: string }> };
};

describe.each(testProviders)('identity questions on %s', (provider) => {
  let app: TestApp;
  let handler: SignedInStaff;
  beforeAll(async () => {
    app = await startTestApp(provider, { now: NOW });
    handler = await signInStaff(app, 'handler');
  });
  afterAll(() => app.close());

  const ask = (cookie: string, requestId: string, body: Record<string, unknown>) =>
    callConsole<Answer>(app, 'POST', `/api/console/requests/${requestId}/request-identity-info`, {
      cookie,
      body: { question: 'What is your customer number?', ...body },
      locale: 'en',
    });
  const preview = (cookie: string, requestId: string) =>
    callConsole<IdentityQuestionPreview>(
      app,
      'GET',
      `/api/console/requests/${requestId}/identity-question/preview`,
      { cookie },
    );

  it('once the identity was recorded as checked, a new question needs a reason, which the audit entry keeps', async () => {
    const request = await createRightsRequest(app);
    const verified = await callConsole<Answer>(
      app,
      'POST',
      `/api/console/requests/${request.id}/verify-identity`,
      { cookie: handler.cookie, body: { version: 1, note: 'Signed in with the code.' } },
    );
    expect(verified.status).toBe(200);
    expect((await preview(handler.cookie, request.id)).body.isReasonRequired).toBe(true);

    const bare = await ask(handler.cookie, request.id, { version: verified.body.version });
    expect(bare.status).toBe(400);
    expect(bare.body.error?.details).toEqual([
      {
        path: 'reason',
        message:
          'The identity has already been recorded as checked. Write why it is in doubt again before asking for more information.',
      },
    ]);
    expect(
      await app.ctx.db.prisma.requestEvent.count({
        where: { requestId: request.id, type: 'identity_info_requested' },
      }),
    ).toBe(0);

    const reason = 'The phone number in the request belongs to another customer.';
    const asked = await ask(handler.cookie, request.id, {
      version: verified.body.version,
      reason,
    });
    expect(asked.status).toBe(200);
    const audit = await app.ctx.db.prisma.auditEntry.findFirstOrThrow({
      where: { requestId: request.id, action: 'request.identity_info_requested' },
    });
    expect(JSON.parse(audit.details ?? '{}')).toMatchObject({ reason });
  });

  it('a question within five working days of receipt pauses without a warning; a later one warns that the pause may not hold', async () => {
    const early = await createRightsRequest(app);
    expect((await preview(handler.cookie, early.id)).body).toEqual({
      isReasonRequired: false,
      workingDaysSinceReceipt: 0,
      limitWorkingDays: 5,
      lastTimelyDate: '2026-03-09',
      isLate: false,
    });
    const inTime = await ask(handler.cookie, early.id, { version: 1 });
    expect(inTime.status).toBe(200);
    expect(inTime.body.isLate).toBe(false);

    const late = await createRightsRequest(app);
    app.clock.set(new Date(NOW.getTime() + 8 * DAY)); // Tuesday 10 March: the sixth working day
    try {
      const later = await signInStaff(app, 'handler');
      expect((await preview(later.cookie, late.id)).body).toMatchObject({
        workingDaysSinceReceipt: 6,
        isLate: true,
      });
      const asked = await ask(later.cookie, late.id, { version: 1 });
      expect(asked.status).toBe(200);
      expect(asked.body.isLate).toBe(true);
      const audit = await app.ctx.db.prisma.auditEntry.findFirstOrThrow({
        where: { requestId: late.id, action: 'request.identity_info_requested' },
      });
      expect(JSON.parse(audit.details ?? '{}')).toMatchObject({
        isLate: true,
        limitWorkingDays: 5,
        workingDaysSinceReceipt: 6,
      });
    } finally {
      app.clock.set(NOW);
    }
  });
});

// The reminder scan reads every open request, so it runs on a database of its own.
describe.each(testProviders)('an unanswered identity question on %s', (provider) => {
  let database: MailTestDatabase;
  let app: TestApp;
  beforeAll(async () => {
    database = await createMailTestDatabase(provider);
    app = await startMailTestApp({ provider, now: NOW, databaseUrl: database.url });
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('is reminded to the handler after 14 days, once, and the console then offers the refusal on identity', async () => {
    const first = await signInStaff(app, 'handler');
    const request = await createRightsRequest(app, { assigneeId: first.id });
    const asked = await callConsole<Answer>(
      app,
      'POST',
      `/api/console/requests/${request.id}/request-identity-info`,
      { cookie: first.cookie, body: { version: 1, question: 'Mikä on asiakasnumerosi?' } },
    );
    expect(asked.status).toBe(200);
    const identityReminders = () =>
      app.ctx.db.prisma.reminder.findMany({
        where: { requestId: request.id, kind: 'identity_unanswered' },
      });
    const detail = async (cookie: string) =>
      (
        await callConsole<ConsoleRequestDetail>(app, 'GET', `/api/console/requests/${request.id}`, {
          cookie,
        })
      ).body;

    app.clock.set(new Date(NOW.getTime() + 13 * DAY));
    const day13 = await signInStaff(app, 'handler');
    await scanReminders(app.ctx, { isDigestEnabled: false });
    expect(await identityReminders()).toEqual([]);
    expect((await detail(day13.cookie)).openIdentityQuestion).toEqual({
      askedAt: NOW.toISOString(),
      reminderDate: '2026-03-16',
      isRefusalOffered: false,
    });

    app.clock.set(new Date(NOW.getTime() + 14 * DAY));
    const day14 = await signInStaff(app, 'handler');
    await scanReminders(app.ctx, { isDigestEnabled: false });
    await scanReminders(app.ctx, { isDigestEnabled: false });
    const reminders = await identityReminders();
    expect(reminders.map((r) => [r.key, r.dueDate])).toEqual([
      [`${request.id}:identity_unanswered:2026-03-16`, '2026-03-16'],
    ]);
    const mail = await app.ctx.db.prisma.outboxMessage.findFirstOrThrow({
      where: { requestId: request.id, template: 'reminder_identity_unanswered' },
    });
    expect(mail.toAddress).toBe(first.email);
    expect(mail.textBody).toContain(request.reference);
    const now = await detail(day14.cookie);
    expect(now.openIdentityQuestion?.isRefusalOffered).toBe(true);

    const refused = await callConsole(app, 'POST', `/api/console/requests/${request.id}/refusal`, {
      cookie: day14.cookie,
      body: {
        version: now.version,
        ground: 'identity_not_confirmed',
        reasons: 'Emme saaneet vastausta henkilöllisyyskysymykseen.',
      },
    });
    expect(refused.status).toBe(200);
  });
});
