import type { ConsoleSettings } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { loadExportDownloadDays } from '../../config/export-settings';
import { loadIdentityQuestionWorkingDays } from '../../config/identity-question-days';
import { loadInactiveCustomerMonths } from '../../config/inactive-customer-months';
import { loadReminderSchedule } from '../../config/reminder-schedule';

/** The settings as the worker and the export code read them (defaults where unset). */
export async function getConsoleSettings(
  ctx: Pick<AppContext, 'db' | 'logger'>,
): Promise<ConsoleSettings> {
  const [
    reminderSchedule,
    exportDownloadDays,
    inactiveCustomerMonths,
    identityQuestionWorkingDays,
  ] = await Promise.all([
    loadReminderSchedule(ctx),
    loadExportDownloadDays(ctx),
    loadInactiveCustomerMonths(ctx),
    loadIdentityQuestionWorkingDays(ctx),
  ]);
  return {
    reminderSchedule,
    exportDownloadDays,
    inactiveCustomerMonths,
    identityQuestionWorkingDays,
  };
}
