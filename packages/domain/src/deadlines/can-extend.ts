import { DEFAULT_TIME_ZONE } from '../calendar/local-date';
import { toLocalDate } from '../calendar/to-local-date';
import type { Deadline } from './deadline';

export type ExtensionRefusalReason = 'already_extended' | 'deadline_passed' | 'reasons_missing';

export type ExtensionCheck =
  { isAllowed: true } | { isAllowed: false; reason: ExtensionRefusalReason };

export interface CanExtendInput {
  now: Date;
  deadline: Pick<Deadline, 'dueDate'>;
  isExtended: boolean;
  timeZone?: string;
}

/** Thrown when an extension breaks GDPR Art. 12(3). UIs localise by `code` and `reason`. */
export class ExtensionNotAllowedError extends Error {
  readonly code = 'EXTENSION_NOT_ALLOWED';
  readonly reason: ExtensionRefusalReason;

  constructor(reason: ExtensionRefusalReason) {
    const messages: Record<ExtensionRefusalReason, string> = {
      already_extended: 'The deadline has already been extended; it can be extended only once.',
      deadline_passed:
        'The one-month deadline has passed; an extension must be given within the first month.',
      reasons_missing: 'An extension needs reasons, which are sent to the data subject.',
    };
    super(messages[reason]);
    this.name = 'ExtensionNotAllowedError';
    this.reason = reason;
  }
}

/**
 * Whether the deadline may be extended now. GDPR Art. 12(3): by two further
 * months, once, and the subject must be told within one month of receipt —
 * so only while the one-month deadline (`dueDate`, with pauses and shift) has
 * not passed; the period runs to the end of that day (Reg. 1182/71 Art. 3(4)).
 */
export function canExtend(input: CanExtendInput): ExtensionCheck {
  if (input.isExtended) return { isAllowed: false, reason: 'already_extended' };
  const today = toLocalDate(input.now, input.timeZone ?? DEFAULT_TIME_ZONE);
  if (today > input.deadline.dueDate) return { isAllowed: false, reason: 'deadline_passed' };
  return { isAllowed: true };
}

/**
 * Throws `ExtensionNotAllowedError` unless the extension is allowed and comes
 * with reasons (GDPR Art. 12(3): the subject is told of the extension
 * "together with the reasons for the delay").
 */
export function assertCanExtend(input: CanExtendInput & { reasons: string }): void {
  const check = canExtend(input);
  if (!check.isAllowed) throw new ExtensionNotAllowedError(check.reason);
  if (input.reasons.trim() === '') throw new ExtensionNotAllowedError('reasons_missing');
}
