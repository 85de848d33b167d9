import { z } from 'zod';
import { localDateSchema } from '../calendar/local-date';
import { daysBetween, localDateFromParts } from '../calendar/local-date-arithmetic';
// Holiday names use the package's one fi/sv/en text schema.
import { localizedTextSchema } from '../register-description/localized-text';

export const weekdays = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;

function existsInLeapYear(month: number, day: number): boolean {
  try {
    localDateFromParts(2024, month, day);
    return true;
  } catch {
    return false;
  }
}

const monthDaySchema = z
  .object({ month: z.int().min(1).max(12), day: z.int().min(1).max(31) })
  .refine(({ month, day }) => existsInLeapYear(month, day), {
    message: 'No such day in that month',
  });

const ruleIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use kebab-case ids');

/** Same month and day every year, e.g. Independence Day 6 December. */
const fixedRuleSchema = z
  .object({
    kind: z.literal('fixed'),
    id: ruleIdSchema,
    name: localizedTextSchema,
    month: z.int().min(1).max(12),
    day: z.int().min(1).max(31),
  })
  .refine(({ month, day }) => existsInLeapYear(month, day), {
    message: 'No such day in that month',
  });

/** Days from Western Easter Sunday, e.g. Good Friday −2, Ascension +39. */
const easterOffsetRuleSchema = z.object({
  kind: z.literal('easter-offset'),
  id: ruleIdSchema,
  name: localizedTextSchema,
  offsetDays: z.int().min(-300).max(300),
});

/**
 * The given weekday inside a seven-day window, e.g. Midsummer Eve = the Friday
 * of 19–25 June. A window that ends in an earlier month than it starts runs
 * into the next year. Exactly seven days (in leap and common years) means
 * exactly one match every year.
 */
const weekdayInRangeRuleSchema = z
  .object({
    kind: z.literal('weekday-in-range'),
    id: ruleIdSchema,
    name: localizedTextSchema,
    weekday: z.enum(weekdays),
    from: monthDaySchema,
    to: monthDaySchema,
  })
  .refine(
    ({ from, to }) =>
      [2023, 2024].every((year) => {
        const crossesYearEnd =
          to.month < from.month || (to.month === from.month && to.day < from.day);
        try {
          const start = localDateFromParts(year, from.month, from.day);
          const end = localDateFromParts(crossesYearEnd ? year + 1 : year, to.month, to.day);
          return daysBetween(start, end) === 6;
        } catch {
          return false; // 29 February cannot bound a window that must exist every year
        }
      }),
    { message: 'The window must span exactly seven days in every year' },
  );

/** One explicit date, e.g. a one-off public holiday. */
const explicitDateRuleSchema = z.object({
  kind: z.literal('date'),
  id: ruleIdSchema,
  name: localizedTextSchema,
  date: localDateSchema,
});

const holidayRuleSchema = z.discriminatedUnion('kind', [
  fixedRuleSchema,
  easterOffsetRuleSchema,
  weekdayInRangeRuleSchema,
  explicitDateRuleSchema,
]);
export type HolidayRule = z.infer<typeof holidayRuleSchema>;

/** A day the controller itself is closed (not a public holiday). */
export const closingDaySchema = z.object({
  date: localDateSchema,
  name: localizedTextSchema,
});
export type ClosingDayInput = z.input<typeof closingDaySchema>;

/**
 * A country's public holidays as data, so another Member State or a change in
 * law is a data change (Regulation 1182/71 Art. 2: the public holidays are
 * those of the Member State concerned). Saturdays and Sundays are never
 * listed: Art. 3(4) treats them as non-working everywhere.
 */
export const holidayCalendarSpecSchema = z
  .object({
    code: z.string().regex(/^[A-Z]{2}(?:-[A-Z0-9]+)?$/, 'Use an ISO 3166 code such as FI'),
    name: localizedTextSchema,
    rules: z.array(holidayRuleSchema),
    closingDays: z.array(closingDaySchema).default([]),
  })
  .refine(({ rules }) => new Set(rules.map((rule) => rule.id)).size === rules.length, {
    message: 'Holiday rule ids must be unique',
    path: ['rules'],
  });
export type HolidayCalendarSpec = z.output<typeof holidayCalendarSpecSchema>;
export type HolidayCalendarSpecInput = z.input<typeof holidayCalendarSpecSchema>;
