import type { ConsoleSettings, UpdateConsoleSettingsInput } from '@oikeus/contracts';
import { reminderScheduleSchema } from '@oikeus/domain';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { EXPORT_SETTINGS_KEY } from '../../config/export-settings';
import { IDENTITY_SETTINGS_KEY } from '../../config/identity-question-days';
import { REVIEW_SETTINGS_KEY } from '../../config/inactive-customer-months';
import { REMINDER_SCHEDULE_SETTING } from '../../config/reminder-schedule';
import { getConsoleSettings } from './get-console-settings';

/**
 * An admin changes when handlers are reminded, how long packages stay
 * downloadable, when an inactive customer is flagged for review and within
 * how many working days an identity question pauses the deadline. The rows and the audit entry (before and after) commit
 * together; the worker reads the new values at its next scan.
 */
export async function updateConsoleSettings(
  ctx: AppContext,
  input: { staffId: string; settings: UpdateConsoleSettingsInput },
): Promise<ConsoleSettings> {
  const before = await getConsoleSettings(ctx);
  const reminderSchedule = reminderScheduleSchema.parse(input.settings.reminderSchedule);
  // Sorted and without repeats: "7, 3, 3" means reminders 7 and 3 days before.
  reminderSchedule.workingDaysBeforeDue = [...new Set(reminderSchedule.workingDaysBeforeDue)].sort(
    (a, b) => b - a,
  );
  const after: ConsoleSettings = {
    reminderSchedule,
    exportDownloadDays: input.settings.exportDownloadDays,
    inactiveCustomerMonths: input.settings.inactiveCustomerMonths ?? before.inactiveCustomerMonths,
    identityQuestionWorkingDays:
      input.settings.identityQuestionWorkingDays ?? before.identityQuestionWorkingDays,
  };
  await inTransaction(ctx.db, async (tx) => {
    const rows = [
      [REMINDER_SCHEDULE_SETTING, JSON.stringify(after.reminderSchedule)],
      [EXPORT_SETTINGS_KEY, JSON.stringify({ downloadDays: after.exportDownloadDays })],
      [
        REVIEW_SETTINGS_KEY,
        JSON.stringify({ inactiveCustomerMonths: after.inactiveCustomerMonths }),
      ],
      [
        IDENTITY_SETTINGS_KEY,
        JSON.stringify({ identityQuestionWorkingDays: after.identityQuestionWorkingDays }),
      ],
    ] as const;
    for (const [key, value] of rows) {
      await tx.setting.upsert({
        where: { key },
        create: { key, value, updatedById: input.staffId },
        update: { value, updatedById: input.staffId },
      });
    }
    await appendAuditEntry(tx, ctx.db, {
      at: ctx.clock.now(),
      actorType: 'staff',
      actorId: input.staffId,
      action: 'settings.updated',
      recordType: 'setting',
      details: { before, after },
    });
  });
  return after;
}
