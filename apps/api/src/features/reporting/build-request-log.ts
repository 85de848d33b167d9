import type { ReportFilterQuery, RequestLog } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { listRequestLog } from './list-request-log';
import { createLocalDayReader } from './local-day-reader';
import { resolveReportPeriod } from './resolve-report-period';
import { resolveReportScope, type ReportViewer } from './resolve-report-scope';

/** The request log of a period with the report's filters and the same role rules. */
export async function buildRequestLog(
  ctx: Pick<AppContext, 'db' | 'env' | 'clock' | 'holidayCalendar'>,
  viewer: ReportViewer,
  query: ReportFilterQuery,
): Promise<RequestLog> {
  const now = ctx.clock.now();
  const timeZone = ctx.env.CONTROLLER_TIME_ZONE;
  const period = resolveReportPeriod(query, now, timeZone);
  const { scope, filters } = await resolveReportScope(ctx, viewer, query);
  // Answers of requests received in the period come up to a few months after it.
  const days = createLocalDayReader(timeZone, period.start, now > period.end ? now : period.end);
  return {
    generatedAt: now.toISOString(),
    timeZone,
    period: { kind: period.kind, from: period.from, to: period.to, months: period.months },
    filters,
    rows: await listRequestLog(ctx, period, scope, days),
  };
}
