import { DEFAULT_TIME_ZONE } from '../calendar/local-date';
import { toLocalDate } from '../calendar/to-local-date';
import { isTerminal } from '../lifecycle/apply-transition';
import type { RequestStatus } from '../lifecycle/request-status';
import type { Deadline } from './deadline';

export type ExtensionRefusalReason = 'request_closed' | 'already_extended' | 'deadline_passed';

export type ExtensionCheck =
  { isAllowed: true } | { isAllowed: false; reason: ExtensionRefusalReason };

export interface CanExtendInput {
  now: Date;
  status: RequestStatus;
  deadline: Pick<Deadline, 'dueDate'>;
  isExtended: boolean;
  timeZone?: string;
}

/**
 * Whether the deadline may be extended now. GDPR Art. 12(3): by two further
 * months, once, and the subject must be told within one month of receipt —
 * so only on an open request and only while the one-month deadline
 * (`dueDate`, with pauses and shift) has not passed; the period runs to the
 * end of that day (Reg. 1182/71 Art. 3(4)). The first reason that applies is
 * given, a closed request first.
 */
export function canExtend(input: CanExtendInput): ExtensionCheck {
  if (isTerminal(input.status)) return { isAllowed: false, reason: 'request_closed' };
  if (input.isExtended) return { isAllowed: false, reason: 'already_extended' };
  const today = toLocalDate(input.now, input.timeZone ?? DEFAULT_TIME_ZONE);
  if (today > input.deadline.dueDate) return { isAllowed: false, reason: 'deadline_passed' };
  return { isAllowed: true };
}
