import type { Locale } from '@oikeus/contracts';
import type { LocalDate } from '@oikeus/domain';

const intlLocale: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** Request types as the subject and the handler read them (GDPR Art. 15–21). */
const requestTypeLabels = {
  access: {
    fi: 'tietojen tarkastaminen',
    sv: 'tillgång till uppgifter',
    en: 'access to personal data',
  },
  rectification: { fi: 'tietojen oikaiseminen', sv: 'rättelse av uppgifter', en: 'rectification' },
  erasure: { fi: 'tietojen poistaminen', sv: 'radering av uppgifter', en: 'erasure' },
  restriction: {
    fi: 'käsittelyn rajoittaminen',
    sv: 'begränsning av behandling',
    en: 'restriction of processing',
  },
  objection: {
    fi: 'suoramarkkinoinnin vastustaminen',
    sv: 'invändning mot direktmarknadsföring',
    en: 'objection to direct marketing',
  },
  portability: { fi: 'tietojen siirtäminen', sv: 'dataportabilitet', en: 'data portability' },
} as const satisfies Record<string, Record<Locale, string>>;

export type MailRequestType = keyof typeof requestTypeLabels;
export const mailRequestTypes = Object.keys(requestTypeLabels) as [
  MailRequestType,
  ...MailRequestType[],
];

/** What every template gets besides its data: the reader's language and the installation's facts. */
export interface MailFormat {
  locale: Locale;
  controllerName: string;
  /** A calendar date (deadline), e.g. "tiistai 7. huhtikuuta 2026". */
  date(date: LocalDate | string): string;
  /** The same date for subjects and lists, e.g. "ti 7.4.2026" / "Tue 7 Apr 2026". */
  shortDate(date: LocalDate | string): string;
  /** An instant shown in the controller's time zone, e.g. "7.4.2026 klo 15.00". */
  instant(at: Date): string;
  /** An absolute link under PUBLIC_URL for a path such as `/requests/abc`. */
  url(path: string): string;
  requestType(type: MailRequestType): string;
}

export interface MailFormatOptions {
  locale: Locale;
  publicUrl: string;
  timeZone: string;
  controllerName: string;
}

interface Formatters {
  date: Intl.DateTimeFormat;
  shortDate: Intl.DateTimeFormat;
  instant: Intl.DateTimeFormat;
}

// Building an Intl.DateTimeFormat costs far more than using one; a reminder run
// renders thousands of mails, so one set is kept per language and zone.
const formatterCache = new Map<string, Formatters>();

function formattersFor(locale: Locale, timeZone: string): Formatters {
  const cacheKey = `${locale}|${timeZone}`;
  const cached = formatterCache.get(cacheKey);
  if (cached) return cached;
  const tag = intlLocale[locale];
  const formatters: Formatters = {
    // A local date has no zone: format its UTC noon in UTC so no offset can move it to another day.
    date: new Intl.DateTimeFormat(tag, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }),
    shortDate: new Intl.DateTimeFormat(tag, {
      weekday: 'short',
      day: 'numeric',
      // Numeric months read as 7.4. in Finnish and Swedish, but "07/04" is ambiguous in English.
      month: locale === 'en' ? 'short' : 'numeric',
      year: 'numeric',
      timeZone: 'UTC',
    }),
    instant: new Intl.DateTimeFormat(tag, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
      timeZoneName: 'short',
    }),
  };
  formatterCache.set(cacheKey, formatters);
  return formatters;
}

/**
 * Dates in the reader's language, in the controller's time zone (the deadline
 * is counted there, DESIGN.md "Deadline rules"): a Finnish reader in Spain
 * still sees the Helsinki date the period ends on.
 */
export function createMailFormat(options: MailFormatOptions): MailFormat {
  const formatters = formattersFor(options.locale, options.timeZone);
  const base = options.publicUrl.replace(/\/+$/, '');
  return {
    locale: options.locale,
    controllerName: options.controllerName,
    date: (date) => formatters.date.format(new Date(`${date}T12:00:00Z`)),
    shortDate: (date) =>
      formatters.shortDate.format(new Date(`${date}T12:00:00Z`)).replace(',', ''),
    instant: (at) => formatters.instant.format(at),
    url: (path) => `${base}${path}`,
    requestType: (type) => requestTypeLabels[type][options.locale],
  };
}
