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

  it('when a customer has had no active service for 24 months and no recorded end, the review lists them for the contact person; an active one is not listed (issue #16)', async () => {
    const prisma = app.ctx.db.prisma;
    const customer = (lastName: string) =>
      prisma.customer.create({
        data: {
          firstName: 'Olli',
          lastName,
          relationshipStartedOn: new Date('2017-05-01T00:00:00Z'),
          source: 'contract',
        },
      });
    const order = (customerId: string, endsOn: string | null, status: string) =>
      prisma.serviceOrder.create({
        data: {
          customerId,
          serviceName: 'Kirjanpito',
          orderedAt: new Date('2017-05-01T00:00:00Z'),
          startsOn: new Date('2017-05-01T00:00:00Z'),
          endsOn: endsOn ? new Date(`${endsOn}T00:00:00Z`) : null,
          status,
          priceCents: 10000,
          source: 'contract',
        },
      });
    // Last service ended 12 June 2019: no activity for years, no end of relationship recorded.
    const lapsed = await customer('Lopettanut');
    await order(lapsed.id, '2019-06-12', 'ended');
    // Ended on 3 March 2024, one day less than 24 months before today (2 March 2026): not yet.
    const recent = await customer('Tuore');
    await order(recent.id, '2024-03-03', 'ended');
    // Ended on 1 March 2024, the day before the 24 months began: listed.
    const boundary = await customer('Rajalla');
    await order(boundary.id, '2024-03-01', 'ended');
    // A service still running.
    const active = await customer('Aktiivinen');
    await order(active.id, null, 'active');
    // The relationship's end is already recorded: the five years run, nothing to confirm.
    const ended = await prisma.customer.create({
      data: {
        firstName: 'Olli',
        lastName: 'Päättynyt',
        relationshipStartedOn: new Date('2017-05-01T00:00:00Z'),
        relationshipEndedOn: new Date('2019-06-12T00:00:00Z'),
        source: 'contract',
      },
    });

    const res = await callConsole<{
      inactiveCustomers: {
        months: number;
        inactiveSince: string;
        total: number;
        items: Array<{ id: string; name: string; lastActivityOn: string }>;
      };
    }>(app, 'GET', '/api/console/register-reviews', { cookie: handler.cookie });
    expect(res.status).toBe(200);
    const flagged = res.body.inactiveCustomers;
    expect(flagged).toMatchObject({ months: 24, inactiveSince: '2024-03-02' });
    const ids = flagged.items.map((i) => i.id);
    expect(ids).toContain(lapsed.id);
    expect(ids).toContain(boundary.id);
    expect(ids).not.toContain(recent.id);
    expect(ids).not.toContain(active.id);
    expect(ids).not.toContain(ended.id);
    expect(flagged.items.find((i) => i.id === lapsed.id)).toMatchObject({
      name: 'Olli Lopettanut',
      lastActivityOn: '2019-06-12',
    });
    expect(flagged.total).toBe(flagged.items.length);

    // An admin shortens the period to 12 months: the recent one is listed too.
    const current = await callConsole<Record<string, unknown>>(
      app,
      'GET',
      '/api/console/settings',
      {
        cookie: admin.cookie,
      },
    );
    const put = await fetch(`${app.url}/api/console/settings`, {
      method: 'PUT',
      headers: {
        cookie: admin.cookie,
        'content-type': 'application/json',
        'x-requested-with': 'oikeus',
      },
      body: JSON.stringify({ ...current.body, inactiveCustomerMonths: 12 }),
    });
    expect(put.status).toBe(200);
    const after = await callConsole<{ inactiveCustomers: { items: Array<{ id: string }> } }>(
      app,
      'GET',
      '/api/console/register-reviews',
      { cookie: handler.cookie },
    );
    expect(after.body.inactiveCustomers.items.map((i) => i.id)).toContain(recent.id);
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
