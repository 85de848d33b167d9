import { LEGAL_BASIS_TEXTS, type LegalBasis } from './legal-basis';
import { localize } from './localize';

/**
 * The legal basis named with its article, e.g. "Consent (Article 6(1)(a) of
 * the EU General Data Protection Regulation)". GDPR Art. 13(1)(c) and
 * 15(1)(a): the subject is told each purpose together with its legal basis.
 */
export function describeLegalBasis(basis: LegalBasis, locale: string): string {
  const texts = LEGAL_BASIS_TEXTS[basis];
  return `${localize(texts.name, locale)} (${localize(texts.article, locale)})`;
}
