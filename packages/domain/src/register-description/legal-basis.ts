import { z } from 'zod';
import type { LocalizedText } from './localized-text';

/** The lawful bases of GDPR Art. 6(1) that Inope Oy's processing rests on. */
export const legalBasisSchema = z.enum([
  'consent_6_1_a',
  'contract_6_1_b',
  'legal_obligation_6_1_c',
  'legitimate_interest_6_1_f',
]);
export type LegalBasis = z.infer<typeof legalBasisSchema>;

export const LEGAL_BASIS_TEXTS: Record<
  LegalBasis,
  { name: LocalizedText; article: LocalizedText }
> = {
  consent_6_1_a: {
    name: { fi: 'Suostumus', sv: 'Samtycke', en: 'Consent' },
    article: {
      fi: 'EU:n yleisen tietosuoja-asetuksen 6 artiklan 1 kohdan a alakohta',
      sv: 'artikel 6.1 a i EU:s allmänna dataskyddsförordning',
      en: 'Article 6(1)(a) of the EU General Data Protection Regulation',
    },
  },
  contract_6_1_b: {
    name: {
      fi: 'Sopimuksen täytäntöönpano',
      sv: 'Fullgörande av avtal',
      en: 'Performance of a contract',
    },
    article: {
      fi: 'EU:n yleisen tietosuoja-asetuksen 6 artiklan 1 kohdan b alakohta',
      sv: 'artikel 6.1 b i EU:s allmänna dataskyddsförordning',
      en: 'Article 6(1)(b) of the EU General Data Protection Regulation',
    },
  },
  legal_obligation_6_1_c: {
    name: {
      fi: 'Lakisääteisen velvoitteen noudattaminen',
      sv: 'Rättslig förpliktelse',
      en: 'Compliance with a legal obligation',
    },
    article: {
      fi: 'EU:n yleisen tietosuoja-asetuksen 6 artiklan 1 kohdan c alakohta',
      sv: 'artikel 6.1 c i EU:s allmänna dataskyddsförordning',
      en: 'Article 6(1)(c) of the EU General Data Protection Regulation',
    },
  },
  legitimate_interest_6_1_f: {
    name: { fi: 'Oikeutettu etu', sv: 'Berättigat intresse', en: 'Legitimate interests' },
    article: {
      fi: 'EU:n yleisen tietosuoja-asetuksen 6 artiklan 1 kohdan f alakohta',
      sv: 'artikel 6.1 f i EU:s allmänna dataskyddsförordning',
      en: 'Article 6(1)(f) of the EU General Data Protection Regulation',
    },
  },
};
