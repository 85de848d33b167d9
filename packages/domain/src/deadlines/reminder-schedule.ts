import { z } from 'zod';

/**
 * When handlers are reminded of a deadline. Admin-editable configuration, so
 * validated with zod. Defaults: 7, 3 and 1 working days before the legal
 * (effective) due date, on the internal target date, and every working day
 * once overdue with an escalation to the admin.
 */
export const reminderScheduleSchema = z.object({
  workingDaysBeforeDue: z
    .array(z.int().min(1).max(60))
    .max(10)
    .default([7, 3, 1])
    .describe('Remind this many working days before the effective due date'),
  remindOnTargetDate: z.boolean().default(true).describe('Remind on the internal target date'),
  overdue: z
    .enum(['every_working_day', 'first_working_day', 'never'])
    .default('every_working_day')
    .describe('Remind after the due date has passed'),
  escalateWhenOverdue: z
    .boolean()
    .default(true)
    .describe('Send each overdue reminder to the admin as an escalation too'),
});

export type ReminderSchedule = z.output<typeof reminderScheduleSchema>;

export const defaultReminderSchedule: ReminderSchedule = reminderScheduleSchema.parse({});
