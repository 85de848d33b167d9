import { addLocalDays } from '../calendar/local-date-arithmetic';
import type { LocalDate } from '../calendar/local-date';
import type { HolidayCalendar } from '../holidays/create-holiday-calendar';
import { countWorkingDays } from './count-working-days';

/**
 * Days an identity question may stay unanswered before the handler is
 * reminded and offered the refusal of Art. 12(2) and 11(2): the controller
 * "is not in a position to identify" the person once they do not answer.
 */
export const IDENTITY_ANSWER_REMINDER_DAYS = 14;

export interface IdentityQuestionTiming {
  /** Working days from receipt (not counted, Reg. 1182/71 Art. 3(1)) to today. */
  workingDaysSinceReceipt: number;
  /** The last day a question is asked "without undue delay". */
  lastTimelyDate: LocalDate;
  /**
   * Asked later than the set number of working days after receipt: the
   * pause may not hold, because EDPB 01/2022 §159 lets the clock stand still
   * only for a question asked promptly, when the doubt arose from the request.
   */
  isLate: boolean;
}

/** Whether a question asked today comes later than `workingDays` working days after receipt. */
export function identityQuestionTiming(input: {
  receivedDate: LocalDate;
  today: LocalDate;
  calendar: HolidayCalendar;
  workingDays: number;
}): IdentityQuestionTiming {
  const lastTimelyDate = input.calendar.addWorkingDays(input.receivedDate, input.workingDays);
  return {
    workingDaysSinceReceipt: countWorkingDays(input.calendar, input.receivedDate, input.today),
    lastTimelyDate,
    isLate: input.today > lastTimelyDate,
  };
}

/** The day an unanswered question, asked on `askedOn`, is reminded to the handler. */
export function identityAnswerReminderDate(askedOn: LocalDate): LocalDate {
  return addLocalDays(askedOn, IDENTITY_ANSWER_REMINDER_DAYS);
}
