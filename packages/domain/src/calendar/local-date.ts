import { z } from 'zod';

/**
 * A calendar date with no time of day and no time zone, written as ISO 8601
 * `YYYY-MM-DD`. Deadlines are counted in whole calendar days (Regulation
 * 1182/71 Art. 3), so the domain works on dates, and converts instants to dates
 * only once, in the controller's time zone.
 *
 * The zod brand keeps an unchecked string from being passed where a validated
 * date is expected; `z.iso.date()` rejects impossible dates such as
 * 2023-02-29 or 2026-04-31.
 */
export const localDateSchema = z.iso.date().brand<'LocalDate'>();

export type LocalDate = z.infer<typeof localDateSchema>;

/** The controller's time zone unless configured otherwise (DESIGN.md "Deadline rules"). */
export const DEFAULT_TIME_ZONE = 'Europe/Helsinki';

/** Thrown for a malformed date, instant or time zone. UIs localise by `code`. */
export class InvalidDateError extends RangeError {
  readonly code = 'INVALID_DATE';

  constructor(message: string) {
    super(message);
    this.name = 'InvalidDateError';
  }
}

export function isLocalDate(value: unknown): value is LocalDate {
  return localDateSchema.safeParse(value).success;
}

/** Checks a `YYYY-MM-DD` string and returns it as a `LocalDate`, or throws `InvalidDateError`. */
export function asLocalDate(value: string): LocalDate {
  const result = localDateSchema.safeParse(value);
  if (!result.success) {
    throw new InvalidDateError(`Not a valid calendar date (expected YYYY-MM-DD): ${value}`);
  }
  return result.data;
}
