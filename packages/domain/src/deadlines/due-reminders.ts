import { DEFAULT_TIME_ZONE } from '../calendar/local-date';
import { toLocalDate } from '../calendar/to-local-date';
import { listReminders, type ListRemindersInput, type Reminder } from './list-reminders';

/**
 * The reminders due today (the local date of `now`). The worker runs at least
 * daily; to catch up after missed days use `listReminders` with
 * `through: today` and skip keys already sent.
 */
export function dueReminders(
  input: Omit<ListRemindersInput, 'through'> & { now: Date; timeZone?: string },
): Reminder[] {
  const today = toLocalDate(input.now, input.timeZone ?? DEFAULT_TIME_ZONE);
  return listReminders({ ...input, through: today }).filter(
    (reminder) => reminder.dueDate === today,
  );
}
