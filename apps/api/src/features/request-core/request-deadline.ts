import {
  computeDeadline,
  deadlineStatus,
  type Deadline,
  type DeadlineStatus,
} from '@oikeus/domain';
import type { AppContext } from '../../context';
import { getHolidayCalendar } from '../../config/holiday-calendar';

export interface RequestDeadlineFacts {
  receivedAt: Date;
  isExtended: boolean;
  suspensions: ReadonlyArray<{ startedAt: Date; endedAt: Date | null }>;
}

/**
 * The one place the API turns a stored request into its deadline (GDPR Art. 12(3),
 * Regulation 1182/71 Art. 3), with the controller's time zone, holidays and target.
 * Portal, console, reminders and exports all call this; nothing computes dates twice.
 */
export function computeRequestDeadline(
  ctx: Pick<AppContext, 'env' | 'clock'>,
  facts: RequestDeadlineFacts,
): Deadline {
  return computeDeadline({
    receivedAt: facts.receivedAt,
    timeZone: ctx.env.CONTROLLER_TIME_ZONE,
    calendar: getHolidayCalendar(ctx.env),
    suspensions: facts.suspensions.map((s) => ({ from: s.startedAt, to: s.endedAt })),
    isExtended: facts.isExtended,
    targetDaysBefore: ctx.env.TARGET_DAYS_BEFORE,
    now: ctx.clock.now(),
  });
}

/** Days left, at risk and overdue at the context's current instant. */
export function requestDeadlineStatus(
  ctx: Pick<AppContext, 'env' | 'clock'>,
  deadline: Deadline,
): DeadlineStatus {
  return deadlineStatus({
    deadline,
    now: ctx.clock.now(),
    timeZone: ctx.env.CONTROLLER_TIME_ZONE,
    calendar: getHolidayCalendar(ctx.env),
  });
}
