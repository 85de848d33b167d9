export {
  canExtend,
  type CanExtendInput,
  type ExtensionCheck,
  type ExtensionRefusalReason,
} from './can-extend';
export {
  DEFAULT_TARGET_DAYS_BEFORE,
  computeDeadline,
  type ComputeDeadlineInput,
} from './compute-deadline';
export { countPausedDays, type PausedDays } from './count-paused-days';
export type { Deadline, DeadlinePeriod, DeadlineReasoningStep, SkippedDay } from './deadline';
export { countWorkingDays } from './count-working-days';
export {
  IDENTITY_ANSWER_REMINDER_DAYS,
  identityAnswerReminderDate,
  identityQuestionTiming,
  type IdentityQuestionTiming,
} from './identity-question';
export {
  deadlineFlags,
  deadlineStatus,
  type DeadlineFlags,
  type DeadlineStatus,
} from './deadline-status';
export {
  listReminders,
  type ListRemindersInput,
  type Reminder,
  type ReminderKind,
} from './list-reminders';
export {
  pickDueReminders,
  workingDaysOverdue,
  type PickDueRemindersInput,
} from './pick-due-reminders';
export {
  defaultReminderSchedule,
  reminderScheduleSchema,
  type ReminderSchedule,
} from './reminder-schedule';
export { InvalidSuspensionError, type PausedInterval, type Suspension } from './suspension';
