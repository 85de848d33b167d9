import type { LocalDate } from '../calendar/local-date';

/**
 * A stretch during which the controller waited for identity information it
 * asked for (EDPB Guidelines 01/2022 §159). `to: null` means still waiting.
 * Stored as intervals so the clock is paused, never restarted.
 */
export interface Suspension {
  from: Date;
  to: Date | null;
}

/** A suspension as the local dates it covers and the days it adds. */
export interface PausedInterval {
  fromDate: LocalDate;
  toDate: LocalDate;
  days: number;
  isOpen: boolean;
}

/** Thrown for a suspension that ends before it starts, or an open one with no `now`. */
export class InvalidSuspensionError extends RangeError {
  readonly code = 'INVALID_SUSPENSION';

  constructor(message: string) {
    super(message);
    this.name = 'InvalidSuspensionError';
  }
}
