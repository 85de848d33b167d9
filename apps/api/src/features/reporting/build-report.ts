import type { Report, ReportFilterQuery } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { countBacklog } from './count-backlog';
import { countExtensionsAndWithdrawals } from './count-extensions-withdrawals';
import { countIdentityPauses } from './count-identity-pauses';
import { countReceived } from './count-received';
import { countRegisterActions } from './count-register-actions';
import { listHandlerOptions } from './list-handler-options';
import { createLocalDayReader } from './local-day-reader';
import { readAnswers } from './read-answers';
import { resolveReportPeriod } from './resolve-report-period';
import { resolveReportScope, type ReportViewer } from './resolve-report-scope';
import { summarizeAnswers } from './summarize-answers';

/** How far before the period receipts of its answers are read quickly (an extended deadline and pauses). */
const READ_BACK_MS = 120 * 86_400_000;

type Ctx = Pick<AppContext, 'db' | 'env' | 'clock' | 'holidayCalendar'>;

/**
 * The figures of one period (GDPR Art. 5(2) accountability, Art. 24): what
 * was received, what stayed open, what was answered and how fast, and what
 * was done to the registers. Grouping happens in SQL; only the answers are
 * read row by row, because working days need the holiday calendar.
 */
export async function buildReport(
  ctx: Ctx,
  viewer: ReportViewer,
  query: ReportFilterQuery,
): Promise<Report> {
  const now = ctx.clock.now();
  const timeZone = ctx.env.CONTROLLER_TIME_ZONE;
  const period = resolveReportPeriod(query, now, timeZone);
  const { scope, filters } = await resolveReportScope(ctx, viewer, query);
  const days = createLocalDayReader(
    timeZone,
    // Answers in the period were received up to three months (and pauses) earlier.
    new Date(period.start.getTime() - READ_BACK_MS),
    period.end < now ? period.end : now,
  );
  const prisma = ctx.db.prisma;
  const [received, backlog, answers, closures, identityPauses, actions, handlerOptions] =
    await Promise.all([
      countReceived(prisma, period, scope),
      countBacklog(prisma, period, scope, now, days),
      readAnswers(prisma, period, scope),
      countExtensionsAndWithdrawals(prisma, period, scope),
      countIdentityPauses(prisma, period, scope, days),
      countRegisterActions(prisma, period, scope),
      listHandlerOptions(ctx, viewer),
    ]);
  return {
    generatedAt: now.toISOString(),
    timeZone,
    period: { kind: period.kind, from: period.from, to: period.to, months: period.months },
    filters,
    handlerOptions,
    received,
    backlog,
    ...summarizeAnswers(answers, period.months, days, ctx.holidayCalendar),
    ...closures,
    identityPauses,
    ...actions,
  };
}
