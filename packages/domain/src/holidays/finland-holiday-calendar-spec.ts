import { holidayCalendarSpecSchema } from './holiday-calendar-spec';

/**
 * Days on which a Finnish time limit cannot end, besides Saturdays and
 * Sundays: the public holidays (LEGAL.md "Finnish holidays"), plus Midsummer
 * Eve and Christmas Eve, which the Time Limits Act (laki säädettyjen
 * määräaikain laskemisesta 150/1930) § 5 treats the same way. New Year's Eve
 * is a working day. Easter is the Western (Gregorian) Easter.
 *
 * The rules are those in force since 1991; between 1973 and 1990 Epiphany and
 * Ascension Day were moved to Saturdays, which this spec does not model.
 */
export const finlandHolidayCalendarSpec = holidayCalendarSpecSchema.parse({
  code: 'FI',
  name: { fi: 'Suomi', sv: 'Finland', en: 'Finland' },
  rules: [
    {
      kind: 'fixed',
      id: 'new-years-day',
      month: 1,
      day: 1,
      name: { fi: 'Uudenvuodenpäivä', sv: 'Nyårsdagen', en: "New Year's Day" },
    },
    {
      kind: 'fixed',
      id: 'epiphany',
      month: 1,
      day: 6,
      name: { fi: 'Loppiainen', sv: 'Trettondedagen', en: 'Epiphany' },
    },
    {
      kind: 'easter-offset',
      id: 'good-friday',
      offsetDays: -2,
      name: { fi: 'Pitkäperjantai', sv: 'Långfredagen', en: 'Good Friday' },
    },
    {
      kind: 'easter-offset',
      id: 'easter-sunday',
      offsetDays: 0,
      name: { fi: 'Pääsiäispäivä', sv: 'Påskdagen', en: 'Easter Sunday' },
    },
    {
      kind: 'easter-offset',
      id: 'easter-monday',
      offsetDays: 1,
      name: { fi: 'Toinen pääsiäispäivä', sv: 'Annandag påsk', en: 'Easter Monday' },
    },
    {
      kind: 'fixed',
      id: 'may-day',
      month: 5,
      day: 1,
      name: { fi: 'Vappu', sv: 'Första maj', en: 'May Day' },
    },
    {
      kind: 'easter-offset',
      id: 'ascension-day',
      offsetDays: 39,
      name: { fi: 'Helatorstai', sv: 'Kristi himmelsfärdsdag', en: 'Ascension Day' },
    },
    {
      kind: 'easter-offset',
      id: 'whit-sunday',
      offsetDays: 49,
      name: { fi: 'Helluntaipäivä', sv: 'Pingstdagen', en: 'Whit Sunday' },
    },
    {
      kind: 'weekday-in-range',
      id: 'midsummer-eve',
      weekday: 'friday',
      from: { month: 6, day: 19 },
      to: { month: 6, day: 25 },
      name: { fi: 'Juhannusaatto', sv: 'Midsommarafton', en: 'Midsummer Eve' },
    },
    {
      kind: 'weekday-in-range',
      id: 'midsummer-day',
      weekday: 'saturday',
      from: { month: 6, day: 20 },
      to: { month: 6, day: 26 },
      name: { fi: 'Juhannuspäivä', sv: 'Midsommardagen', en: 'Midsummer Day' },
    },
    {
      kind: 'weekday-in-range',
      id: 'all-saints-day',
      weekday: 'saturday',
      from: { month: 10, day: 31 },
      to: { month: 11, day: 6 },
      name: { fi: 'Pyhäinpäivä', sv: 'Alla helgons dag', en: "All Saints' Day" },
    },
    {
      kind: 'fixed',
      id: 'independence-day',
      month: 12,
      day: 6,
      name: { fi: 'Itsenäisyyspäivä', sv: 'Självständighetsdagen', en: 'Independence Day' },
    },
    {
      kind: 'fixed',
      id: 'christmas-eve',
      month: 12,
      day: 24,
      name: { fi: 'Jouluaatto', sv: 'Julafton', en: 'Christmas Eve' },
    },
    {
      kind: 'fixed',
      id: 'christmas-day',
      month: 12,
      day: 25,
      name: { fi: 'Joulupäivä', sv: 'Juldagen', en: 'Christmas Day' },
    },
    {
      kind: 'fixed',
      id: 'st-stephens-day',
      month: 12,
      day: 26,
      name: { fi: 'Tapaninpäivä', sv: 'Annandag jul', en: "St Stephen's Day" },
    },
  ],
});
