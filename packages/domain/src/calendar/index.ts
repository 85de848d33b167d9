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
  dayOfWeek,
  daysBetween,
  localDateFromParts,
  localDateParts,
  maxLocalDate,
  type DayOfWeek,
  type LocalDateParts,
} from './local-date-arithmetic';
export { toLocalDate } from './to-local-date';
export { fromLocalDateTime, LOCAL_DATE_TIME_PATTERN } from './from-local-date-time';
export { assertValidTimeZone, isValidTimeZone } from './time-zone';
