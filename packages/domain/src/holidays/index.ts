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
  weekdays,
  type ClosingDayInput,
  type HolidayCalendarSpec,
  type HolidayCalendarSpecInput,
  type HolidayRule,
} from './holiday-calendar-spec';
export { holidayCalendarSpecs } from './holiday-calendar-specs';
