import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  createHolidayCalendar,
  holidayCalendarSpecs,
  holidayCalendarSpecSchema,
  type HolidayCalendar,
} from '@oikeus/domain';
import YAML from 'yaml';
import { repoRoot } from '../paths';
import type { Env } from './env';

export class HolidayCalendarFileError extends Error {
  override name = 'HolidayCalendarFileError';
}

/**
 * The controller's holiday calendar (Regulation 1182/71 Art. 2, 3(4): the
 * public holidays of the Member State concerned), read and validated once at
 * start-up into the app context: a built-in country (HOLIDAY_COUNTRY) or, when
 * HOLIDAY_CALENDAR_FILE is set, a spec read from that YAML/JSON file — another
 * country or the controller's own closing days need no code change. A file
 * that cannot be read or is not a valid spec stops start-up with one message.
 */
export function loadHolidayCalendar(
  env: Pick<Env, 'HOLIDAY_COUNTRY' | 'HOLIDAY_CALENDAR_FILE'>,
): HolidayCalendar {
  if (!env.HOLIDAY_CALENDAR_FILE) {
    return createHolidayCalendar(
      holidayCalendarSpecs[env.HOLIDAY_COUNTRY as keyof typeof holidayCalendarSpecs],
    );
  }
  const file = path.resolve(repoRoot, env.HOLIDAY_CALENDAR_FILE);
  let raw: unknown;
  try {
    raw = YAML.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new HolidayCalendarFileError(
      `HOLIDAY_CALENDAR_FILE: cannot read ${file}: ${(error as Error).message}`,
    );
  }
  const spec = holidayCalendarSpecSchema.safeParse(raw);
  if (!spec.success) {
    const problems = spec.error.issues
      .map((issue) => `  - ${issue.path.join('.') || '(file)'}: ${issue.message}`)
      .join('\n');
    throw new HolidayCalendarFileError(
      `HOLIDAY_CALENDAR_FILE: ${file} is not a valid holiday calendar:\n${problems}`,
    );
  }
  return createHolidayCalendar(spec.data);
}
