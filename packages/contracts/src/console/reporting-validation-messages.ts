// Messages for the reporting period's own checks, spread into `validationMessages`
// (validation.ts) so `parseLocalized` translates them like every other key.
import type { Locale } from '../locale';

export const reportingValidationMessages = {
  'report.year.required': {
    fi: 'Valitse vuosi.',
    sv: 'Välj ett år.',
    en: 'Choose a year.',
  },
  'report.from.required': {
    fi: 'Anna jakson ensimmäinen päivä.',
    sv: 'Ange periodens första dag.',
    en: 'Enter the first day of the period.',
  },
  'report.to.required': {
    fi: 'Anna jakson viimeinen päivä.',
    sv: 'Ange periodens sista dag.',
    en: 'Enter the last day of the period.',
  },
  'report.to.beforeFrom': {
    fi: 'Jakson viimeinen päivä ei voi olla ennen ensimmäistä.',
    sv: 'Periodens sista dag kan inte vara före den första.',
    en: 'The last day cannot be before the first day.',
  },
  'report.period.tooLong': {
    fi: 'Jakso voi olla enintään viisi vuotta.',
    sv: 'Perioden kan vara högst fem år.',
    en: 'The period can be at most five years.',
  },
} as const satisfies Record<string, Record<Locale, string>>;
