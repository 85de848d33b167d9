import { TZDate } from '@date-fns/tz';
import {
  addLocalDays,
  addLocalMonths,
  localDateParts,
  portalDeletableOn,
  toLocalDate,
  type LocalDate,
  type PortalRetentionPeriods,
} from '@oikeus/domain';
import type { AppContext } from '../../context';
import type { RetentionKept } from './retention-item';

/**
 * The audit trail against the period the notice states (AUDIT_RETENTION_YEARS).
 * The trail is append-only — database triggers refuse UPDATE and DELETE, and
 * the hash chain proves nothing was removed (SECURITY.md "Audit trail") — so
 * the retention job never deletes an entry. It counts, so the report says
 * honestly how many entries are past the period and kept, until a separate,
 * itself audited procedure applies it.
 */
export async function tallyAuditEntries(
  ctx: Pick<AppContext, 'db' | 'env'>,
  today: LocalDate,
  periods: PortalRetentionPeriods,
): Promise<RetentionKept[]> {
  const prisma = ctx.db.prisma;
  const timeZone = ctx.env.CONTROLLER_TIME_ZONE;
  const boundary = startOfLocalDay(addLocalDays(lastDayPastPeriod(today, periods), 1), timeZone);
  const [past, running, oldest, nextRunning] = await Promise.all([
    prisma.auditEntry.count({ where: { at: { lt: boundary } } }),
    prisma.auditEntry.count({ where: { at: { gte: boundary } } }),
    prisma.auditEntry.findFirst({ orderBy: { at: 'asc' }, select: { at: true } }),
    prisma.auditEntry.findFirst({
      where: { at: { gte: boundary } },
      orderBy: { at: 'asc' },
      select: { at: true },
    }),
  ]);
  const dueOn = (at: Date) => portalDeletableOn('audit_entry', toLocalDate(at, timeZone), periods);
  return [
    {
      recordType: 'audit_entry',
      reason: 'append_only_audit_trail',
      count: past,
      ...(past > 0 && oldest ? { deletableOn: dueOn(oldest.at) } : {}),
    },
    {
      recordType: 'audit_entry',
      reason: 'retention_period_running',
      count: running,
      ...(nextRunning ? { deletableOn: dueOn(nextRunning.at) } : {}),
    },
  ];
}

/** The last day whose entries are past the period on `today` (portalDeletableOn inverted). */
function lastDayPastPeriod(today: LocalDate, periods: PortalRetentionPeriods): LocalDate {
  // Month arithmetic clamps 29 February, so the guess may be a day off either way.
  let day = addLocalMonths(addLocalDays(today, -1), -12 * periods.auditYears);
  while (portalDeletableOn('audit_entry', addLocalDays(day, 1), periods) <= today) {
    day = addLocalDays(day, 1);
  }
  while (portalDeletableOn('audit_entry', day, periods) > today) day = addLocalDays(day, -1);
  return day;
}

function startOfLocalDay(day: LocalDate, timeZone: string): Date {
  const { year, month, day: dayOfMonth } = localDateParts(day);
  return new Date(new TZDate(year, month - 1, dayOfMonth, 0, 0, 0, timeZone).getTime());
}
