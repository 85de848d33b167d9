export {
  DEFAULT_TIME_ZONE,
  InvalidDateError,
  asLocalDate,
  isLocalDate,
  localDateSchema,
  type LocalDate,
} from './local-date';
export {
  addLocalDays,
  addLocalMonths,
  compareLocalDates,
  dayOfWeek,
  daysBetween,
  localDateFromParts,
  localDateParts,
  maxLocalDate,
  minLocalDate,
  type DayOfWeek,
  type LocalDateParts,
} from './local-date-arithmetic';
export { parseLocalDate } from './parse-local-date';
export { toLocalDate } from './to-local-date';
export { assertValidTimeZone, isValidTimeZone } from './time-zone';
