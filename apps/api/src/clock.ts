/** Time is injected everywhere so tests can move it (STYLE.md: never the wall clock in tests). */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests and `dsr` commands can set and move. */
export class FixedClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  set(to: Date): void {
    this.current = new Date(to);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/**
 * Real time plus an adjustable offset: lets the end-to-end suite move the
 * running app's clock forward (reminders, deadlines) without touching the OS.
 * Only ever built when TEST_CLOCK is enabled, which production refuses.
 */
export class ShiftableClock implements Clock {
  private offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  setNow(to: Date): void {
    this.offsetMs = to.getTime() - Date.now();
  }
}
