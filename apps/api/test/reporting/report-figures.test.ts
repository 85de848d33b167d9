import { reportSchema, type Report } from '@oikeus/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRightsRequest } from '../support/console-factories';
import { callConsole, signInStaff, type SignedInStaff } from '../support/console-sign-in';
import { REPORT_NOW, seedReportingYear } from '../support/reporting-scenario';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

const zeroTypes = {
  access: 0,
  rectification: 0,
  erasure: 0,
  restriction: 0,
  objection: 0,
  portability: 0,
};

describe.each(testProviders)('reporting figures on %s', (provider) => {
  let app: TestApp;
  let handler: SignedInStaff;
  let admin: SignedInStaff;
  beforeAll(async () => {
    app = await startTestApp(provider, { now: REPORT_NOW });
    handler = await signInStaff(app, 'handler');
    admin = await signInStaff(app, 'admin');
    await seedReportingYear(app, handler.id);
  });
  afterAll(() => app.close());

  async function report(who: SignedInStaff, query: string, locale?: string) {
    const res = await callConsole<Report>(app, 'GET', `/api/console/reports?${query}`, {
      cookie: who.cookie,
      ...(locale ? { locale } : {}),
    });
    return res;
  }

  it('when the handler reads the year 2031, every figure is the one the seeded set was built to give', async () => {
    const res = await report(handler, 'period=year&year=2031');
    expect(res.status).toBe(200);
    const body = reportSchema.parse(res.body);
    expect(body.period).toMatchObject({ kind: 'year', from: '2031-01-01', to: '2031-12-31' });
    expect(body.period.months).toHaveLength(12);
    expect(body.filters.handler?.id).toBe(handler.id);
    expect(body.timeZone).toBe('Europe/Helsinki');

    // Received per month of receipt in Helsinki: 28 Feb 22:30 UTC is March, 31 Mar 22:30 UTC is April.
    expect(body.received.total).toBe(13);
    const months = Object.fromEntries(body.received.byMonth.map((m) => [m.month, m]));
    expect(months['2031-02']?.total).toBe(0);
    expect(months['2031-03']?.byType).toEqual({
      ...zeroTypes,
      access: 4,
      erasure: 3,
      rectification: 2,
      portability: 1,
    });
    expect(months['2031-04']?.byType).toEqual({ ...zeroTypes, objection: 1 });
    expect(months['2031-05']?.byType).toEqual({ ...zeroTypes, access: 1, restriction: 1 });
    expect(body.received.byType).toEqual({
      access: 5,
      rectification: 2,
      erasure: 3,
      restriction: 1,
      objection: 1,
      portability: 1,
    });

    // Open at the end of each month that has begun; June is counted now (15 June).
    expect(body.backlog).toEqual([
      { month: '2031-01', date: '2031-01-31', open: 0 },
      { month: '2031-02', date: '2031-02-28', open: 0 },
      { month: '2031-03', date: '2031-03-31', open: 3 },
      { month: '2031-04', date: '2031-04-30', open: 2 },
      { month: '2031-05', date: '2031-05-31', open: 3 },
      { month: '2031-06', date: '2031-06-15', open: 3 },
    ]);

    expect(body.timeliness).toMatchObject({ answered: 9, onTime: 7, late: 2 });
    expect(body.timeliness.onTimeRate).toBeCloseTo(7 / 9, 10);
    const timely = Object.fromEntries(body.timeliness.byMonth.map((m) => [m.month, m]));
    expect(timely['2031-03']).toEqual({ month: '2031-03', onTime: 7, late: 0 });
    expect(timely['2031-04']).toEqual({ month: '2031-04', onTime: 0, late: 2 });

    expect(body.workingDays.overall).toEqual({ answered: 9, median: 12, p90: 25 });
    const byType = Object.fromEntries(body.workingDays.byType.map((f) => [f.type, f]));
    expect(byType.access).toEqual({ type: 'access', answered: 4, median: 6.5, p90: 10 });
    expect(byType.erasure).toEqual({ type: 'erasure', answered: 3, median: 12, p90: 15 });
    expect(byType.rectification).toEqual({
      type: 'rectification',
      answered: 2,
      median: 24.5,
      p90: 25,
    });
    expect(byType.objection).toEqual({ type: 'objection', answered: 0, median: null, p90: null });

    expect(body.extensions).toBe(1);
    expect(body.withdrawals).toBe(1);
    // Pauses of 7 and 3 days ended; one still waits.
    expect(body.identityPauses).toEqual({ count: 3, open: 1, medianDays: 5 });
    expect(body.refusals.total).toBe(2);
    expect(body.refusals.byGround).toMatchObject({
      excessive: 1,
      manifestly_unfounded: 1,
      identity_not_confirmed: 0,
    });
    // 31 Dec 2030 22:30 UTC is New Year's Day in Helsinki and counts; 31 Dec 2031 22:30 UTC does not.
    expect(body.registerActions).toEqual([
      { register: 'customer', rectified: 3, erased: 2, restricted: 0, marketingProhibited: 0 },
      { register: 'marketing', rectified: 0, erased: 1, restricted: 1, marketingProhibited: 3 },
    ]);
    expect(body.exports).toEqual({ released: 1, downloaded: 2 });
    expect(body.handlerOptions).toEqual([
      { id: handler.id, name: handler.name, email: handler.email },
    ]);
  });

  it('when an admin filters on that handler, the figures are the same and every handler can be chosen', async () => {
    const mine = await report(handler, 'period=year&year=2031');
    const res = await report(admin, `period=year&year=2031&handler=${handler.id}`);
    expect(res.status).toBe(200);
    const { generatedAt: _a, handlerOptions, ...figures } = res.body;
    const { generatedAt: _b, handlerOptions: _own, ...expected } = mine.body;
    expect(figures).toEqual(expected);
    expect(handlerOptions.map((h) => h.id)).toEqual(expect.arrayContaining([handler.id, admin.id]));
  });

  it('when the period is March 2031, the request received at 00:30 on 1 April in Helsinki is left out and the one of 00:30 on 1 March is in', async () => {
    const res = await report(handler, 'period=custom&from=2031-03-01&to=2031-03-31');
    expect(res.status).toBe(200);
    expect(res.body.period.months).toEqual(['2031-03']);
    expect(res.body.received.total).toBe(10);
    expect(res.body.timeliness).toMatchObject({ answered: 7, onTime: 7, late: 0, onTimeRate: 1 });
    expect(res.body.backlog).toEqual([{ month: '2031-03', date: '2031-03-31', open: 3 }]);
  });

  it('when filtered by type, register and channel, only matching requests count', async () => {
    const access = await report(handler, 'period=year&year=2031&type=access');
    expect(access.body.received.total).toBe(5);
    expect(access.body.workingDays.overall).toMatchObject({ answered: 4, median: 6.5 });
    expect(access.body.filters.type).toEqual(['access']);
    // Rectification and portability requests here target the customer register only.
    const marketing = await report(handler, 'period=year&year=2031&register=marketing');
    expect(marketing.body.received.total).toBe(10);
    const portal = await report(handler, 'period=year&year=2031&channel=portal');
    expect(portal.body.received.total).toBe(13);
    expect(portal.body.filters.channel).toEqual(['portal']);
    const unknown = await report(handler, 'period=year&year=2031&channel=fax');
    expect(unknown.status).toBe(400);
  });

  it('when a handler names another handler, they still get only their own figures', async () => {
    const other = await signInStaff(app, 'handler');
    const res = await report(other, `period=year&year=2031&handler=${handler.id}`);
    expect(res.status).toBe(200);
    expect(res.body.filters.handler?.id).toBe(other.id);
    expect(res.body.received.total).toBe(0);
    expect(res.body.registerActions.every((r) => r.rectified === 0)).toBe(true);
    expect(res.body.handlerOptions.map((h) => h.id)).toEqual([other.id]);
  });

  it('when an answer spans Easter, Good Friday and Easter Monday are not counted as working days', async () => {
    const easter = await signInStaff(app, 'handler');
    const request = await createRightsRequest(app, {
      receivedAt: new Date('2031-04-10T09:00:00Z'),
      status: 'completed',
      assigneeId: easter.id,
    });
    await app.ctx.db.prisma.rightsRequest.update({
      where: { id: request.id },
      data: { closedAt: new Date('2031-04-15T12:00:00Z') },
    });
    const res = await report(easter, 'period=custom&from=2031-04-01&to=2031-04-30');
    // Thursday 10 April → Tuesday 15 April: Friday 11 and Monday 14 are holidays.
    expect(res.body.workingDays.overall).toEqual({ answered: 1, median: 1, p90: 1 });
  });

  it('when a custom period has no dates or runs backwards, the answer is 400 in the reader’s language', async () => {
    const missing = await report(handler, 'period=custom', 'fi');
    expect(missing.status).toBe(400);
    expect(JSON.stringify(missing.body)).toContain('Anna jakson ensimmäinen päivä.');
    const backwards = await report(handler, 'period=custom&from=2031-03-02&to=2031-03-01', 'sv');
    expect(backwards.status).toBe(400);
    expect(JSON.stringify(backwards.body)).toContain('Periodens sista dag kan inte vara före');
    const unknownHandler = await report(
      admin,
      'period=year&year=2031&handler=00000000-0000-4000-8000-000000000000',
      'en',
    );
    expect(unknownHandler.status).toBe(400);
  });

  it('when nobody is signed in, the report is 401', async () => {
    const res = await callConsole(app, 'GET', '/api/console/reports');
    expect(res.status).toBe(401);
  });
});
