import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getReviewStatus } from '../../src/features/register-review/get-review-status';
import { scanReminders } from '../../src/features/reminders/scan-reminders';
import { loadRegisterReviewDates } from '../../src/registers/register-review-dates';
import {
  callConsole,
  signInStaff,
  subjectCookie,
  type SignedInStaff,
} from '../support/console-sign-in';
import { startRetentionTestApp, type RetentionTestApp } from '../support/retention-test-app';
import { testProviders } from '../support/test-database';

interface ReviewsBody {
  registers: Array<{
    registerId: string;
    lastReviewedOn: string;
    nextDueOn: string;
    isDue: boolean;
    intervalYears: number;
    lastReview: {
      id: string;
      reviewedBy: { id: string; name: string } | null;
      notes: string;
    } | null;
  }>;
  reviews: Array<{
    id: string;
    registerId: string;
    notes: string;
    reviewedBy: { id: string } | null;
  }>;
}

async function dueRegisters(app: RetentionTestApp): Promise<string[]> {
  return (await loadRegisterReviewDates(app.ctx)).filter((r) => r.isDue).map((r) => r.registerId);
}

// Steps build on each other: one database per provider, tests in order.
describe.each(testProviders)('two-yearly register reviews on %s', (provider) => {
  let app: RetentionTestApp;
  let admin: SignedInStaff;
  let handler: SignedInStaff;
  let auditor: SignedInStaff;
  beforeAll(async () => {
    app = await startRetentionTestApp(provider, new Date('2026-03-02T09:00:00Z'));
    admin = await signInStaff(app, 'admin');
    handler = await signInStaff(app, 'handler');
    auditor = await signInStaff(app, 'auditor');
  });
  afterAll(() => app.dispose());

  it('when nobody has reviewed since the notice’s 23 July 2023, both registers were due on 23 July 2025 and are due now', async () => {
    const res = await callConsole<ReviewsBody>(app, 'GET', '/api/console/register-reviews', {
      cookie: auditor.cookie,
    });

    expect(res.status).toBe(200);
    expect(res.body.reviews).toEqual([]);
    expect(res.body.registers).toEqual([
      expect.objectContaining({
        registerId: 'customer',
        lastReviewedOn: '2023-07-23',
        nextDueOn: '2025-07-23',
        isDue: true,
        intervalYears: 2,
        lastReview: null,
      }),
      expect.objectContaining({
        registerId: 'marketing',
        lastReviewedOn: '2023-07-23',
        nextDueOn: '2025-07-23',
        isDue: true,
        intervalYears: 2,
        lastReview: null,
      }),
    ]);
    expect(await dueRegisters(app)).toEqual(['customer', 'marketing']);
  });

  it('when a handler or an auditor tries to record a review, it is forbidden; without a session it is unauthenticated', async () => {
    const body = { registerId: 'customer', notes: 'Tarpeellisuus arvioitu.' };
    expect(
      (
        await callConsole(app, 'POST', '/api/console/register-reviews', {
          cookie: handler.cookie,
          body,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await callConsole(app, 'POST', '/api/console/register-reviews', {
          cookie: auditor.cookie,
          body,
        })
      ).status,
    ).toBe(403);
    expect((await callConsole(app, 'POST', '/api/console/register-reviews', { body })).status).toBe(
      401,
    );
    expect(
      (
        await callConsole(app, 'POST', '/api/console/register-reviews', {
          cookie: await subjectCookie(app),
          body,
        })
      ).status,
    ).toBe(401);
    expect(await app.ctx.db.prisma.registerReview.count()).toBe(0);
  });

  it('when an admin leaves out the notes or names an unknown register, the answer is 400 in the caller’s language', async () => {
    const empty = await callConsole<{
      error: { code: string; details: Array<{ path: string; message: string }> };
    }>(app, 'POST', '/api/console/register-reviews', {
      cookie: admin.cookie,
      body: { registerId: 'customer', notes: '   ' },
      locale: 'en',
    });
    expect(empty.status).toBe(400);
    expect(empty.body.error.details).toEqual([
      expect.objectContaining({ path: 'notes', message: 'This is required.' }),
    ]);
    const unknown = await callConsole(app, 'POST', '/api/console/register-reviews', {
      cookie: admin.cookie,
      body: { registerId: 'payroll', notes: 'x' },
    });
    expect(unknown.status).toBe(400);
  });

  it('when an admin records the customer register’s review, it is next due two years on and only the marketing register stays due', async () => {
    const res = await callConsole<{ reviewId: string; status: ReviewsBody['registers'][number] }>(
      app,
      'POST',
      '/api/console/register-reviews',
      {
        cookie: admin.cookie,
        body: { registerId: 'customer', notes: 'Säilytysajat tarkistettu, ei muutoksia.' },
      },
    );

    expect(res.status).toBe(201);
    expect(res.body.status).toMatchObject({
      registerId: 'customer',
      lastReviewedOn: '2026-03-02',
      nextDueOn: '2028-03-02',
      isDue: false,
      lastReview: {
        id: res.body.reviewId,
        reviewedBy: { id: admin.id, name: admin.name },
        notes: 'Säilytysajat tarkistettu, ei muutoksia.',
      },
    });
    const list = await callConsole<ReviewsBody>(app, 'GET', '/api/console/register-reviews', {
      cookie: handler.cookie,
    });
    expect(list.body.reviews).toEqual([
      expect.objectContaining({
        id: res.body.reviewId,
        registerId: 'customer',
        reviewedBy: expect.objectContaining({ id: admin.id }),
      }),
    ]);
    expect(await dueRegisters(app)).toEqual(['marketing']);
    const audit = await app.ctx.db.prisma.auditEntry.findFirstOrThrow({
      where: { action: 'register.review_recorded' },
    });
    expect(audit).toMatchObject({
      actorType: 'staff',
      actorId: admin.id,
      recordType: 'register',
      recordId: 'customer',
    });
    expect(audit.details).not.toContain('Säilytysajat');
  });

  it('when a review is recorded, the public privacy notice gives its date and not the YAML’s starting point (issue #16)', async () => {
    const res = await fetch(`${app.url}/api/register-description/notice?locale=fi`);
    expect(res.status).toBe(200);
    const notice = JSON.stringify(await res.json());
    // The customer register was reviewed on 2 March 2026; the marketing register still shows 23 July 2023.
    expect(notice).toContain('2.3.2026');
    expect(notice).toContain('23.7.2023');
  });

  it('when a register’s review is overdue, the contact person’s daily digest names it — and only that register', async () => {
    const scan = await scanReminders(app.ctx);
    expect(scan.digest).toBe('queued');
    const digest = await app.ctx.db.prisma.outboxMessage.findFirstOrThrow({
      where: { template: 'daily_digest' },
    });
    expect(digest.textBody).toContain('Rekisterien määräaikaistarkistus erääntynyt (1)');
    expect(digest.textBody).toContain(
      'Markkinointi- ja viestintärekisteri: säilytysaikojen tarkistus erääntyi ke 23.7.2025',
    );
    expect(digest.textBody).not.toContain('Asiakasrekisteri:');
  });

  it('when two years have passed since that review, the customer register is due again on the anniversary and not the day before', async () => {
    const statusOn = async (today: string) =>
      (await getReviewStatus(app.ctx, { today })).find((s) => s.registerId === 'customer');

    expect(await statusOn('2028-03-01')).toMatchObject({ isDue: false, nextDueOn: '2028-03-02' });
    expect(await statusOn('2028-03-02')).toMatchObject({ isDue: true });
  });

  it('when staff of any role open the register description, they get it as loaded; without a staff session they do not', async () => {
    for (const staff of [admin, handler, auditor]) {
      const res = await callConsole<{
        file: string;
        description: { controller: { name: string }; registers: unknown[] };
      }>(app, 'GET', '/api/console/register-description', { cookie: staff.cookie });
      expect(res.status).toBe(200);
      expect(res.body.description).toEqual(JSON.parse(JSON.stringify(app.ctx.registerDescription)));
      expect(res.body.file).toBe(app.ctx.env.REGISTER_DESCRIPTION_PATH);
    }
    expect((await callConsole(app, 'GET', '/api/console/register-description')).status).toBe(401);
    expect(
      (
        await callConsole(app, 'GET', '/api/console/register-description', {
          cookie: await subjectCookie(app),
        })
      ).status,
    ).toBe(401);
  });
});
