// What an admin tunes without a deploy: when handlers are reminded, and how
// long released packages stay downloadable.
import { reminderScheduleSchema } from '@oikeus/domain';
import { z } from 'zod';
import { MAX_EXPORT_DOWNLOAD_DAYS } from '../exports/export-api';

export const consoleSettingsSchema = z.object({
  reminderSchedule: z.object({
    workingDaysBeforeDue: z.array(z.int()),
    remindOnTargetDate: z.boolean(),
    overdue: z.enum(['every_working_day', 'first_working_day', 'never']),
    escalateWhenOverdue: z.boolean(),
  }),
  /** Days a released package can be downloaded (Art. 5(1)(e): not kept longer than useful). */
  exportDownloadDays: z.int(),
});
export type ConsoleSettings = z.infer<typeof consoleSettingsSchema>;

/** PUT /api/console/settings (admin): the whole settings object, validated as the worker reads it. */
export const updateConsoleSettingsInputSchema = z.strictObject({
  reminderSchedule: reminderScheduleSchema
    .extend({
      workingDaysBeforeDue: z.array(z.int().min(1).max(60)).max(10),
    })
    .strict(),
  exportDownloadDays: z.int().min(1).max(MAX_EXPORT_DOWNLOAD_DAYS),
});
export type UpdateConsoleSettingsInput = z.input<typeof updateConsoleSettingsInputSchema>;
