// The settings form types fields differently from the contract: the
// reminder days as one line ("7, 3, 1") and the day and month counts as text. The
// form's schema parses those and hands them to the contract's own field
// schemas, so the limits are the API's and never retyped.
import { updateConsoleSettingsInputSchema } from '@oikeus/contracts';
import { z } from 'zod';

const contractFields = updateConsoleSettingsInputSchema.shape;
const scheduleFields = contractFields.reminderSchedule.shape;

/** Whole numbers of one or two digits, separated by commas or spaces; blank is no reminders. */
const dayList = /^\s*(\d{1,2}(\s*[,\s]\s*\d{1,2})*)?\s*$/;

export function settingsFormSchema(daysInvalidMessage: string) {
  return z.object({
    reminderDays: z
      .string()
      .regex(dayList, daysInvalidMessage)
      .transform((text) => (text.match(/\d+/g) ?? []).map(Number))
      .pipe(scheduleFields.workingDaysBeforeDue),
    remindOnTargetDate: z.boolean(),
    // The contract defaults a missing choice; the form asks for one instead.
    overdue: scheduleFields.overdue.unwrap(),
    escalateWhenOverdue: z.boolean(),
    downloadDays: z.coerce.number().pipe(contractFields.exportDownloadDays),
    inactiveMonths: z.coerce.number().pipe(contractFields.inactiveCustomerMonths.unwrap()),
    identityDays: z.coerce.number().pipe(contractFields.identityQuestionWorkingDays.unwrap()),
  });
}

/**
 * The field an issue belongs to: the API's details carry the contract's
 * paths, and an issue about one of the typed days names its place in the list.
 */
export function settingsFieldPath(inputPath: string): string {
  if (/^(reminderSchedule\.workingDaysBeforeDue|reminderDays)(\.|$)/.test(inputPath)) {
    return 'reminderDays';
  }
  if (inputPath.startsWith('reminderSchedule.')) return inputPath.slice('reminderSchedule.'.length);
  if (inputPath === 'exportDownloadDays') return 'downloadDays';
  if (inputPath === 'inactiveCustomerMonths') return 'inactiveMonths';
  if (inputPath === 'identityQuestionWorkingDays') return 'identityDays';
  return inputPath;
}
