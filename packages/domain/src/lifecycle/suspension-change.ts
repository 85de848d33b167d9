import type { Suspension } from '../deadlines/suspension';
import { applyTransition } from './apply-transition';
import type { RequestAction, RequestStatus } from './request-status';

/** What a status change does to the deadline clock. */
export type SuspensionChange = 'start' | 'end' | 'none';

/**
 * Entering `identity_pending` pauses the clock and leaving it resumes it
 * (EDPB Guidelines 01/2022 §159: the period may be suspended while the
 * controller waits for information it asked for to identify the person).
 */
export function suspensionChangeFor(from: RequestStatus, to: RequestStatus): SuspensionChange {
  const wasPaused = from === 'identity_pending';
  const isPaused = to === 'identity_pending';
  if (!wasPaused && isPaused) return 'start';
  if (wasPaused && !isPaused) return 'end';
  return 'none';
}

export interface PlannedTransition {
  from: RequestStatus;
  action: RequestAction;
  to: RequestStatus;
  suspension: SuspensionChange;
}

/** Checks the action and says what it does: the new status and the clock change. */
export function planTransition(status: RequestStatus, action: RequestAction): PlannedTransition {
  const to = applyTransition(status, action);
  return { from: status, action, to, suspension: suspensionChangeFor(status, to) };
}

/**
 * The suspension intervals after a clock change at instant `at`: `start` opens
 * a new interval, `end` closes the open one. Intervals are kept, never
 * replaced, so the clock pauses rather than restarts. Idempotent for a repeated
 * `start` (an interval is already open) or an `end` with nothing open.
 */
export function updateSuspensions(
  suspensions: readonly Suspension[],
  change: SuspensionChange,
  at: Date,
): Suspension[] {
  const isOpen = (suspension: Suspension) => suspension.to === null;
  if (change === 'start' && !suspensions.some(isOpen)) {
    return [...suspensions, { from: at, to: null }];
  }
  if (change === 'end') {
    return suspensions.map((suspension) =>
      isOpen(suspension) ? { ...suspension, to: at } : suspension,
    );
  }
  return [...suspensions];
}
