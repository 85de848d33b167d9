import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  createHolidayCalendar,
  holidayCalendarSpecs,
  holidayCalendarSpecSchema,
  type HolidayCalendar,
} from '@oikeus/domain';
import YAML from 'yaml';
import type { Env } from './env';
import { repoRoot } from '../paths';

const cache = new Map<string, HolidayCalendar>();

/**
 * The controller's holiday calendar: a built-in country (HOLIDAY_COUNTRY) or,
 * when HOLIDAY_CALENDAR_FILE is set, a spec read from that YAML/JSON file —
 * another country or the controller's own closing days need no code change.
 */
export function getHolidayCalendar(
  env: Pick<Env, 'HOLIDAY_COUNTRY' | 'HOLIDAY_CALENDAR_FILE'>,
): HolidayCalendar {
  const key = env.HOLIDAY_CALENDAR_FILE ?? env.HOLIDAY_COUNTRY;
  const cached = cache.get(key);
  if (cached) return cached;
  let calendar: HolidayCalendar;
  if (env.HOLIDAY_CALENDAR_FILE) {
    const file = path.resolve(repoRoot, env.HOLIDAY_CALENDAR_FILE);
    calendar = createHolidayCalendar(
      holidayCalendarSpecSchema.parse(YAML.parse(readFileSync(file, 'utf8'))),
    );
  } else {
    calendar = createHolidayCalendar(
      holidayCalendarSpecs[env.HOLIDAY_COUNTRY as keyof typeof holidayCalendarSpecs],
    );
  }
  cache.set(key, calendar);
  return calendar;
}
