// Reporting (GET /api/console/reports, issue #23): the figures of the last 12
// months over every seeded request, as an auditor sees them, and the request
// log of the same period as CSV — one client, as a person opens the page.
import { randomBytes } from 'node:crypto';
import { createStaffUser } from '../src/features/staff/create-staff-user';
import { generateTotpSecret, sealTotpSecret } from '../src/features/staff/totp';
import { resolveReportPeriod } from '../src/features/reporting/resolve-report-period';
import { checkPaths, runHttpLoad } from './http-load';
import type { BenchRun } from './bench-run';
import { issueStaffCookie } from './bench-staff';
import { runClosedLoop } from './raw-load';
import { rawReport, rawRequestLog, type RawReportPeriod } from './raw-reporting-queries';
import { formatLoad, formatRatio, verdict, type ResultRow } from './result-table';

/** Issue #23: the figures of 20 000 requests in under 200 ms. */
const TARGET_P95_MS = 200;

async function auditorCookie(run: BenchRun): Promise<string> {
  const user = await createStaffUser(run.ctx, {
    email: `bench.auditor.${randomBytes(4).toString('hex')}@inope.fi`,
    name: 'Anu Auditoija',
    role: 'auditor',
    password: randomBytes(18).toString('base64url'),
  });
  await run.ctx.db.prisma.staffUser.update({
    where: { id: user.id },
    data: {
      totpSecret: sealTotpSecret(run.ctx, generateTotpSecret()),
      totpEnabledAt: run.ctx.clock.now(),
    },
  });
  return issueStaffCookie(run.ctx, user.id);
}

function rawPeriod(run: BenchRun): RawReportPeriod {
  const now = run.ctx.clock.now();
  const period = resolveReportPeriod(
    { period: 'last_12_months' },
    now,
    run.ctx.env.CONTROLLER_TIME_ZONE,
  );
  const points = period.edges
    .slice(1)
    .filter((_, i) => (period.edges[i] ?? now) <= now)
    .map((edge) => (edge < now ? edge : now));
  return { start: period.start, end: period.end, edges: period.edges, points };
}

export async function measureReporting(run: BenchRun): Promise<ResultRow[]> {
  const headers = { cookie: await auditorCookie(run), accept: 'application/json' };
  const period = rawPeriod(run);
  const scenarios = [
    {
      name: 'reporting: figures, last 12 months, all requests',
      path: '/api/console/reports?period=last_12_months',
      isValid: (body: unknown) => typeof (body as { received?: unknown }).received === 'object',
      raw: () => rawReport(run.raw, period),
      hasTarget: true,
    },
    {
      name: 'reporting: request log CSV, last 12 months (audited)',
      path: '/api/console/reports/request-log?period=last_12_months&format=csv',
      isValid: null,
      raw: () => rawRequestLog(run.raw, period),
      hasTarget: false,
    },
  ];
  const rows: ResultRow[] = [];
  for (const scenario of scenarios) {
    if (scenario.isValid) await checkPaths(run.url, [scenario.path], headers, scenario.isValid);
    await scenario.raw();
    run.log(`${scenario.name}, 1 client`);
    const ours = await runHttpLoad({
      url: run.url,
      paths: [scenario.path],
      connections: 1,
      durationSeconds: run.options.duration,
      headers,
    });
    await run.settle();
    const raw = await runClosedLoop({
      connections: 1,
      durationSeconds: run.options.duration,
      task: () => scenario.raw(),
    });
    rows.push({
      db: run.label,
      scenario: scenario.name,
      load: 'HTTP, 1 client',
      ours: formatLoad(ours),
      baseline: formatLoad(raw),
      ratio: formatRatio(ours.p95, raw.p95, 'p95'),
      target: scenario.hasTarget ? `p95 < ${TARGET_P95_MS} ms` : '',
      verdict: scenario.hasTarget ? verdict(ours.p95 < TARGET_P95_MS && ours.failures === 0) : '',
    });
  }
  return rows;
}
