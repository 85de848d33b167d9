export { computeEasterSunday } from './compute-easter-sunday';
export {
  createHolidayCalendar,
  type Holiday,
  type HolidayCalendar,
  type NonWorkingDay,
} from './create-holiday-calendar';
export { finlandHolidayCalendarSpec } from './finland-holiday-calendar-spec';
export {
  closingDaySchema,
  holidayCalendarSpecSchema,
  holidayRuleSchema,
  weekdays,
  type ClosingDay,
  type ClosingDayInput,
  type HolidayCalendarSpec,
  type HolidayCalendarSpecInput,
  type HolidayRule,
  type Weekday,
} from './holiday-calendar-spec';
export { holidayCalendarSpecs, type HolidayCalendarCode } from './holiday-calendar-specs';
