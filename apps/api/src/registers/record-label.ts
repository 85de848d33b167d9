import type { Locale } from '@oikeus/contracts';

/** Marks a row already anonymised (GDPR Art. 17(3)(b) keeps it for its vouchers), in the handler's UI language. */
const ANONYMISED_SUFFIX: Record<Locale, string> = {
  fi: '(anonymisoitu)',
  sv: '(anonymiserad)',
  en: '(anonymised)',
};

/** Short description of a register record for the handler, e.g. "Maija Meikäläinen, Esimerkki Oy". */
export function recordLabel(
  r: {
    firstName: string;
    lastName: string;
    company: string | null;
    anonymizedAt?: Date | null;
  },
  locale: Locale,
): string {
  const name = `${r.firstName} ${r.lastName}`.trim() || '—';
  const label = r.company ? `${name}, ${r.company}` : name;
  return r.anonymizedAt ? `${label} ${ANONYMISED_SUFFIX[locale]}` : label;
}
