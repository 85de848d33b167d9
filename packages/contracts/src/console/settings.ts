// What an admin tunes without a deploy: when handlers are reminded, and how
// long released packages stay downloadable.
import { reminderScheduleSchema } from '@oikeus/domain';
import { z } from 'zod';
import { MAX_EXPORT_DOWNLOAD_DAYS } from '../exports/export-api';

export const DEFAULT_IDENTITY_QUESTION_WORKING_DAYS = 5;
export const MIN_IDENTITY_QUESTION_WORKING_DAYS = 1;
export const MAX_IDENTITY_QUESTION_WORKING_DAYS = 20;

export const DEFAULT_INACTIVE_CUSTOMER_MONTHS = 24;
export const MIN_INACTIVE_CUSTOMER_MONTHS = 6;
export const MAX_INACTIVE_CUSTOMER_MONTHS = 120;

export const consoleSettingsSchema = z.object({
  reminderSchedule: z.object({
    workingDaysBeforeDue: z.array(z.int()),
    remindOnTargetDate: z.boolean(),
    overdue: z.enum(['every_working_day', 'first_working_day', 'never']),
    escalateWhenOverdue: z.boolean(),
  }),
  /** Days a released package can be downloaded (Art. 5(1)(e): not kept longer than useful). */
  exportDownloadDays: z.int(),
  /**
   * Months without an active service after which a customer with no recorded
   * end of relationship is listed in the register review, for the contact
   * person to confirm the relationship ended (the five-year retention runs from
   * that end; Art. 5(1)(e)).
   */
  inactiveCustomerMonths: z.int(),
  /**
   * Working days after receipt within which an identity question pauses the
   * deadline without doubt; a later question warns the handler that the pause
   * may not hold (Art. 12(6); EDPB 01/2022 §159: ask without undue delay).
   */
  identityQuestionWorkingDays: z.int(),
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
  /** Left out: unchanged. */
  inactiveCustomerMonths: z
    .int()
    .min(MIN_INACTIVE_CUSTOMER_MONTHS)
    .max(MAX_INACTIVE_CUSTOMER_MONTHS)
    .optional(),
  /** Left out: unchanged. */
  identityQuestionWorkingDays: z
    .int()
    .min(MIN_IDENTITY_QUESTION_WORKING_DAYS)
    .max(MAX_IDENTITY_QUESTION_WORKING_DAYS)
    .optional(),
});
export type UpdateConsoleSettingsInput = z.input<typeof updateConsoleSettingsInputSchema>;
