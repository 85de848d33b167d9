import { TZDate } from '@date-fns/tz';
import { computeDeadline, isLocalDate } from '@oikeus/domain';
import type { Command } from 'commander';
import { loadEnv } from '../../config/env';
import { getHolidayCalendar } from '../../config/holiday-calendar';

/** A bare date means "received that day" (noon local time); an ISO instant is taken as is. */
function toInstant(value: string, timeZone: string, option: string): Date {
  if (isLocalDate(value)) {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    return new Date(new TZDate(y, m - 1, d, 12, 0, 0, timeZone).getTime());
  }
  const instant = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(instant.getTime())) {
    throw new Error(`${option}: "${value}" is neither YYYY-MM-DD nor an ISO 8601 instant`);
  }
  return instant;
}

export function registerDeadlineCommand(program: Command): void {
  program
    .command('deadline')
    .description('Compute the GDPR Art. 12(3) deadline for a receipt date; prints one JSON object')
    .requiredOption(
      '--received <date>',
      'receipt: YYYY-MM-DD (controller time zone) or ISO instant',
    )
    .option(
      '--paused <from/to>',
      'identity pause as <from>/<to> (repeatable)',
      (v: string, all: string[]) => [...all, v],
      [] as string[],
    )
    .option('--country <code>', 'holiday calendar (default HOLIDAY_COUNTRY, FI)')
    .option('--extended', 'the deadline has been extended once')
    .option('--target-days <n>', 'internal target: days before the legal deadline')
    .action(
      (opts: {
        received: string;
        paused: string[];
        country?: string;
        extended?: boolean;
        targetDays?: string;
      }) => {
        const env = loadEnv({
          ...process.env,
          ...(opts.country ? { HOLIDAY_COUNTRY: opts.country.toUpperCase() } : {}),
          ...(opts.targetDays ? { TARGET_DAYS_BEFORE: opts.targetDays } : {}),
        });
        const tz = env.CONTROLLER_TIME_ZONE;
        const suspensions = opts.paused.map((p) => {
          const [from, to] = p.split('/');
          if (!from || !to) throw new Error(`--paused: "${p}" must be <from>/<to>`);
          return { from: toInstant(from, tz, '--paused'), to: toInstant(to, tz, '--paused') };
        });
        const d = computeDeadline({
          receivedAt: toInstant(opts.received, tz, '--received'),
          timeZone: tz,
          calendar: getHolidayCalendar(env),
          suspensions,
          isExtended: opts.extended ?? false,
          targetDaysBefore: env.TARGET_DAYS_BEFORE,
        });
        const holiday = (s: { date: string; reason: string; holidayName?: unknown }) => ({
          date: s.date,
          reason: s.reason,
          ...(s.holidayName ? { name: s.holidayName } : {}),
        });
        console.log(
          JSON.stringify(
            {
              receivedDate: d.receivedDate,
              dueDate: d.dueDate,
              extendedDueDate: d.extendedDueDate,
              targetDate: d.targetDate,
              plainDueDate: d.plainDueDate,
              pausedDays: d.pausedDays,
              timeZone: d.timeZone,
              skippedDays: d.skippedDays.map(holiday),
              extendedSkippedDays: d.extendedSkippedDays.map(holiday),
              reasoning: d.reasoning,
            },
            null,
            2,
          ),
        );
      },
    );
}
