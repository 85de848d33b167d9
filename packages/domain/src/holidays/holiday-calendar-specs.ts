import { finlandHolidayCalendarSpec } from './finland-holiday-calendar-spec';
import type { HolidayCalendarSpec } from './holiday-calendar-spec';

/** Built-in calendars by ISO 3166 country code. Add a country by adding a spec here. */
export const holidayCalendarSpecs = {
  FI: finlandHolidayCalendarSpec,
} as const satisfies Record<string, HolidayCalendarSpec>;
