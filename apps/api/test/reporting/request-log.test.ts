import { requestLogColumns, requestLogSchema, type RequestLog } from '@oikeus/contracts';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRightsRequest } from '../support/console-factories';
import { callConsole, signInStaff, type SignedInStaff } from '../support/console-sign-in';
import { REPORT_NOW, seedReportingYear } from '../support/reporting-scenario';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

describe.each(testProviders)('request log download on %s', (provider) => {
  let app: TestApp;
  let handler: SignedInStaff;
  let auditor: SignedInStaff;
  let seeded: Awaited<ReturnType<typeof seedReportingYear>>;
  beforeAll(async () => {
    app = await startTestApp(provider, { now: REPORT_NOW });
    handler = await signInStaff(app, 'handler');
    auditor = await signInStaff(app, 'auditor');
    seeded = await seedReportingYear(app, handler.id);
  });
  afterAll(() => app.close());

  function download(who: SignedInStaff, query: string) {
    return fetch(`${app.url}/api/console/reports/request-log?${query}`, {
      headers: { cookie: who.cookie },
    });
  }

  async function lastLogAudit(staffId: string) {
    return app.ctx.db.prisma.auditEntry.findFirst({
      where: { action: 'report.request_log_downloaded', actorId: staffId },
      orderBy: { seq: 'desc' },
    });
  }

  it('when the handler downloads 2031 as CSV, it is one row per request they handle, without anyone’s name or address, and the read is audited', async () => {
    const res = await download(handler, 'period=year&year=2031&format=csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toContain(
      'request-log-2031-01-01-2031-12-31.csv',
    );
    expect(res.headers.get('cache-control')).toBe('no-store');
    const bytes = Buffer.from(await res.arrayBuffer());
    // A byte order mark so spreadsheets read the file as UTF-8; CRLF as RFC 4180 says.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('\r\n');
    const rows = parse(text, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(rows[0] ?? {})).toEqual(requestLogColumns);
    expect(rows).toHaveLength(13);

    const late = rows.find((r) => r.answered === '2031-04-07');
    expect(late).toMatchObject({
      type: 'rectification',
      channel: 'portal',
      outcome: 'completed',
      received: '2031-03-03',
      due: '2031-04-03',
      daysTaken: '25',
      onTime: 'false',
      handler: handler.name,
    });
    const refused = rows.filter((r) => r.outcome === 'refused').map((r) => r.grounds);
    expect(refused.sort()).toEqual(['excessive', 'manifestly_unfounded']);
    // Received 31 Mar 22:30 UTC: the controller's date is 1 April.
    expect(rows.find((r) => r.reference === seeded.firstOfApril.reference)).toMatchObject({
      received: '2031-04-01',
      outcome: 'open',
      answered: '',
      daysTaken: '',
    });
    expect(rows.find((r) => r.reference === seeded.extended.reference)?.extended).toBe('true');

    const accounts = await app.ctx.db.prisma.account.findMany({
      where: { requests: { some: { assigneeId: handler.id } } },
      select: { name: true, email: true },
    });
    expect(accounts.length).toBeGreaterThan(0);
    for (const account of accounts) {
      expect(text).not.toContain(account.email);
      expect(text).not.toContain(account.name);
    }

    const entry = await lastLogAudit(handler.id);
    expect(entry).not.toBeNull();
    expect(JSON.parse(entry?.details ?? '{}')).toMatchObject({
      format: 'csv',
      period: { kind: 'year', from: '2031-01-01', to: '2031-12-31' },
      filters: { handlerId: handler.id },
      rowCount: 13,
    });
  });

  it('when the JSON is downloaded with a type filter, it has the same rows as the CSV for that type', async () => {
    const res = await download(handler, 'period=year&year=2031&type=erasure&format=json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('.json');
    const log: RequestLog = requestLogSchema.parse(await res.json());
    expect(log.rows.map((r) => r.type)).toEqual(['erasure', 'erasure', 'erasure']);
    expect(log.rows.map((r) => r.daysTaken).sort()).toEqual([12, 12, 15]);
    expect(log.rows.every((r) => r.onTime === true)).toBe(true);
    expect(log.filters.type).toEqual(['erasure']);
  });

  it('when another handler downloads the log naming this handler, they get only their own requests', async () => {
    const other = await signInStaff(app, 'handler');
    const own = await createRightsRequest(app, {
      receivedAt: new Date('2031-02-10T09:00:00Z'),
      assigneeId: other.id,
    });
    const res = await download(other, `period=year&year=2031&handler=${handler.id}&format=json`);
    expect(res.status).toBe(200);
    const log = requestLogSchema.parse(await res.json());
    expect(log.filters.handler?.id).toBe(other.id);
    expect(log.rows.map((r) => r.reference)).toEqual([own.reference]);
    expect((await lastLogAudit(other.id))?.details).toContain(`"handlerId":"${other.id}"`);
  });

  it('when an auditor downloads the log, every handler’s requests are in it, and filtering on one handler gives theirs', async () => {
    const all = requestLogSchema.parse(
      await (await download(auditor, 'period=year&year=2031&format=json')).json(),
    );
    const references = all.rows.map((r) => r.reference);
    expect(references).toEqual(expect.arrayContaining(seeded.answered.map((r) => r.reference)));
    expect(all.rows.length).toBeGreaterThan(13);
    const one = requestLogSchema.parse(
      await (
        await download(auditor, `period=year&year=2031&handler=${handler.id}&format=json`)
      ).json(),
    );
    expect(one.rows).toHaveLength(13);
  });

  it('when the format is unknown or nobody is signed in, nothing is sent', async () => {
    expect((await download(handler, 'period=year&year=2031&format=xlsx')).status).toBe(400);
    const anonymous = await callConsole(app, 'GET', '/api/console/reports/request-log');
    expect(anonymous.status).toBe(401);
  });
});
