import type { Locale } from '@oikeus/contracts';
import { createInstance } from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import enAuth from '../../../i18n/locales/en/auth';
import fiAuth from '../../../i18n/locales/fi/auth';
import svAuth from '../../../i18n/locales/sv/auth';
import { SignUpPrivacyStatement } from './sign-up-privacy-statement';

const resources = { fi: { auth: fiAuth }, sv: { auth: svAuth }, en: { auth: enAuth } } as const;

function render(locale: Locale): string {
  const i18n = createInstance();
  void i18n.use(initReactI18next).init({
    resources,
    lng: locale,
    fallbackLng: 'fi',
    ns: ['auth'],
    defaultNS: 'auth',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter>
        <SignUpPrivacyStatement />
      </MemoryRouter>
    </I18nextProvider>,
  );
}

describe('SignUpPrivacyStatement', () => {
  it.each([
    ['fi', '6 artiklan 1 kohdan c alakohta', 'Lue tietosuojaselosteesta säilytysajat ja oikeutesi'],
    [
      'sv',
      'artikel 6.1 c',
      'Läs om lagringstiderna och dina rättigheter i dataskyddsbeskrivningen',
    ],
    ['en', 'Article 6(1)(c)', 'Read the retention periods and your rights in the privacy notice'],
  ] as const)(
    'when shown in %s, it names the controller, the purpose and basis, and links to the portal’s periods in the notice (Art. 13)',
    (locale, basis, link) => {
      const html = render(locale);
      expect(html).toContain('Inope Oy');
      expect(html).toContain(basis);
      expect(html).toMatch(
        new RegExp(`<a href="/privacy-notice#notice-retention-portal"[^>]*>${link}</a>`),
      );
    },
  );
});
