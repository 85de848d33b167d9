import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { reportSchema } from '@oikeus/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callConsole, signInStaff, type SignedInStaff } from '../support/console-sign-in';
import { REPORT_NOW, seedReportingYear } from '../support/reporting-scenario';
import { startTestApp, type TestApp } from '../support/test-app';

const run = promisify(execFile);
const apiDir = path.resolve(import.meta.dirname, '../..');

// SQLite is enough: the figures are the API's own (report-figures.test.ts runs both databases);
// this checks that the command prints them.
describe('dsr report', () => {
  let app: TestApp;
  let handler: SignedInStaff;
  beforeAll(async () => {
    app = await startTestApp('sqlite', { now: REPORT_NOW });
    handler = await signInStaff(app, 'handler');
    await seedReportingYear(app, handler.id);
  });
  afterAll(() => app.close());

  async function dsr(...args: string[]) {
    try {
      const { stdout, stderr } = await run('pnpm', ['exec', 'tsx', 'src/cli/main.ts', ...args], {
        cwd: apiDir,
        env: {
          ...process.env,
          LOG_LEVEL: 'silent',
          DATABASE_URL: app.ctx.env.DATABASE_URL,
        },
      });
      return { stdout, stderr, code: 0 };
    } catch (error) {
      const e = error as { stdout: string; stderr: string; code: number };
      return { stdout: e.stdout, stderr: e.stderr, code: e.code };
    }
  }

  it('when asked for 2031 as JSON, it prints the figures the console shows for the same period', async () => {
    const { stdout, code } = await dsr(
      'report',
      '--from',
      '2031-01-01',
      '--to',
      '2031-12-31',
      '--handler',
      handler.id,
    );
    expect(code).toBe(0);
    const printed = reportSchema.parse(JSON.parse(stdout));
    const shown = await callConsole<Record<string, unknown>>(
      app,
      'GET',
      `/api/console/reports?period=custom&from=2031-01-01&to=2031-12-31`,
      { cookie: handler.cookie },
    );
    // The CLI runs on the wall clock, so only the figures of a closed period are compared.
    const { generatedAt: _a, handlerOptions: _b, backlog: _c, ...figures } = printed;
    const { generatedAt: _d, handlerOptions: _e, backlog: _f, ...expected } = shown.body;
    expect(figures).toEqual(expected);
    expect(printed.workingDays.overall).toEqual({ answered: 9, median: 12, p90: 25 });
  });

  it('when asked for CSV, it prints one figure per line with the on-time counts and medians', async () => {
    const { stdout, code } = await dsr(
      'report',
      '--from=2031-03-01',
      '--to=2031-04-30',
      '--format=csv',
      `--handler=${handler.id}`,
    );
    expect(code).toBe(0);
    const lines = stdout.split('\r\n');
    expect(lines[0]).toBe('figure,month,key,value');
    expect(lines).toContain('answered_on_time,2031-03,,7');
    expect(lines).toContain('answered_late,2031-04,,2');
    expect(lines).toContain('working_days_median,,all,12');
    expect(lines).toContain('received,2031-03,access,4');
  });

  it('when the dates are in the wrong order, it exits non-zero and says which option', async () => {
    const { stderr, code } = await dsr('report', '--from', '2031-03-02', '--to', '2031-03-01');
    expect(code).toBe(1);
    expect(stderr).toContain('--to');
  });
});
