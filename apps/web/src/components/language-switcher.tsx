import type { Locale } from '@oikeus/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveLocaleChoice } from '../i18n/locale-preference';
import { supportedLocales } from '../lib/supported-locales';
import { useLocale } from '../lib/use-locale';
import { nativeLanguageNames } from '../lib/language-names';

/** Each language named in itself, so a person who cannot read the current one still finds theirs. */

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const current = useLocale();
  const queryClient = useQueryClient();
  const [announcement, setAnnouncement] = useState('');

  async function choose(locale: Locale) {
    if (locale === current) return;
    // The API localises its messages from this cookie (apps/api/src/http/locale.ts).
    saveLocaleChoice(locale);
    await i18n.changeLanguage(locale);
    setAnnouncement(i18n.t('language.changed', { lng: locale }));
    // Server-written texts (notices, messages) were fetched in the old language.
    void queryClient.invalidateQueries();
  }

  return (
    <nav className="language-switcher" aria-label={t('language.label')}>
      <ul>
        {supportedLocales.map((locale) => (
          <li key={locale}>
            <button
              type="button"
              lang={locale}
              className="link-button"
              aria-pressed={locale === current}
              onClick={() => void choose(locale)}
            >
              {nativeLanguageNames[locale]}
            </button>
          </li>
        ))}
      </ul>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </nav>
  );
}
