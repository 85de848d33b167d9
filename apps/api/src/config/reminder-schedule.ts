import {
  defaultReminderSchedule,
  reminderScheduleSchema,
  type ReminderSchedule,
} from '@oikeus/domain';
import type { AppContext } from '../context';

/** Setting key an admin edits to change when handlers are reminded. */
export const REMINDER_SCHEDULE_SETTING = 'reminder_schedule';

/**
 * The admin-configured schedule (Setting 'reminder_schedule', JSON validated
 * with the domain's zod schema). A missing or broken value falls back to the
 * default 7/3/1 working days, target date, daily when overdue with escalation,
 * so a bad edit can never switch reminders off silently; it is logged.
 */
export async function loadReminderSchedule(
  ctx: Pick<AppContext, 'db' | 'logger'>,
): Promise<ReminderSchedule> {
  const row = await ctx.db.prisma.setting.findUnique({
    where: { key: REMINDER_SCHEDULE_SETTING },
    select: { value: true },
  });
  if (!row) return defaultReminderSchedule;
  let json: unknown;
  try {
    json = JSON.parse(row.value);
  } catch {
    ctx.logger.warn(
      { setting: REMINDER_SCHEDULE_SETTING },
      'reminder schedule is not JSON; using the default',
    );
    return defaultReminderSchedule;
  }
  const parsed = reminderScheduleSchema.safeParse(json);
  if (!parsed.success) {
    ctx.logger.warn(
      {
        setting: REMINDER_SCHEDULE_SETTING,
        issues: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
      },
      'reminder schedule is invalid; using the default',
    );
    return defaultReminderSchedule;
  }
  return parsed.data;
}
