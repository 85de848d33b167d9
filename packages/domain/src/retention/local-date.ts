import { tz } from '@date-fns/tz';
import { format, parseISO } from 'date-fns';
import { z } from 'zod';

/**
 * A calendar date without a time of day, written `YYYY-MM-DD`. Retention
 * periods are counted in whole days, so a time zone must never shift them:
 * all arithmetic below happens in UTC, where every day is 24 hours long.
 */
export type LocalDate = string;

// zod's ISO date check rejects impossible dates such as 2023-02-29.
export const localDateSchema = z.iso.date({ error: 'expected a date written YYYY-MM-DD' });

const utc = tz('UTC');

export function toUtcDate(value: LocalDate, label = 'date'): Date {
  if (!localDateSchema.safeParse(value).success) {
    throw new RangeError(`${label}: expected a date written YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  return parseISO(value, { in: utc });
}

export function toLocalDate(date: Date): LocalDate {
  return format(date, 'yyyy-MM-dd', { in: utc });
}
