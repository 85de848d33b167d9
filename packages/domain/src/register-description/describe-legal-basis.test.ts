import { describe, expect, it } from 'vitest';
import { describeLegalBasis } from './describe-legal-basis';

describe('describeLegalBasis', () => {
  it('when asked in English, it names the basis and its GDPR article', () => {
    expect(describeLegalBasis('consent_6_1_a', 'en')).toBe(
      'Consent (Article 6(1)(a) of the EU General Data Protection Regulation)',
    );
    expect(describeLegalBasis('legitimate_interest_6_1_f', 'en')).toBe(
      'Legitimate interests (Article 6(1)(f) of the EU General Data Protection Regulation)',
    );
  });

  it('when asked in Finnish and Swedish, it uses each language’s way of citing the article', () => {
    expect(describeLegalBasis('contract_6_1_b', 'fi')).toBe(
      'Sopimuksen täytäntöönpano (EU:n yleisen tietosuoja-asetuksen 6 artiklan 1 kohdan b alakohta)',
    );
    expect(describeLegalBasis('legal_obligation_6_1_c', 'sv')).toBe(
      'Rättslig förpliktelse (artikel 6.1 c i EU:s allmänna dataskyddsförordning)',
    );
  });

  it('when the locale is not supported, it answers in Finnish', () => {
    expect(describeLegalBasis('consent_6_1_a', 'de')).toBe(
      describeLegalBasis('consent_6_1_a', 'fi'),
    );
  });
});
