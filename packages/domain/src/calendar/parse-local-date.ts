import { z } from 'zod';
import { DEFAULT_TIME_ZONE, InvalidDateError, localDateSchema, type LocalDate } from './local-date';
import { toLocalDate } from './to-local-date';

// An instant must say where it is on the time line (Z or ±hh:mm); a wall-clock
// time without an offset is ambiguous, so it is rejected rather than guessed.
const instantSchema = z.iso.datetime({ offset: true });

/**
 * Reads either a calendar date (`2026-03-29`) or an ISO 8601 instant
 * (`2026-03-28T23:30:00Z`, `2026-03-29T01:30:00+02:00`). An instant is turned
 * into the date it falls on in `timeZone`.
 */
export function parseLocalDate(input: string, timeZone: string = DEFAULT_TIME_ZONE): LocalDate {
  const asDate = localDateSchema.safeParse(input);
  if (asDate.success) return asDate.data;
  if (instantSchema.safeParse(input).success) {
    return toLocalDate(new Date(input), timeZone);
  }
  throw new InvalidDateError(
    `Expected a date (YYYY-MM-DD) or an ISO 8601 instant with an offset: ${input}`,
  );
}
