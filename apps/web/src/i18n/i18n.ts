// i18next setup. The entry carries only what the front page needs, in
// Finnish (the controller's language and the fallback): namespaces `common`
// and `portal`. Other languages, and the `auth`, `requests` and `console`
// namespaces, are chunks loaded when a page needs them.
import i18next from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import common from './locales/fi/common';
import portal from './locales/fi/portal';
import { fallbackLocale, supportedLocales } from '../lib/supported-locales';
import { initialLocale } from './locale-preference';

export const i18n = i18next.createInstance();

const startLocale = initialLocale(
  typeof document === 'undefined' ? '' : document.cookie,
  typeof navigator === 'undefined' ? [] : navigator.languages,
);

void i18n
  .use(
    resourcesToBackend(
      (language: string, namespace: string) => import(`./locales/${language}/${namespace}.ts`),
    ),
  )
  .use(initReactI18next)
  .init({
    resources: { fi: { common, portal } },
    // The other languages come from the backend above.
    partialBundledLanguages: true,
    lng: startLocale,
    fallbackLng: fallbackLocale,
    supportedLngs: [...supportedLocales],
    ns: ['common', 'portal'],
    defaultNS: 'common',
    // React escapes output already.
    interpolation: { escapeValue: false },
    returnNull: false,
  });

// `<html lang>` follows the language shown, so screen readers pronounce it
// right (WCAG 3.1.1); the API client also reads it for its own messages.
function setDocumentLanguage(locale: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}
setDocumentLanguage(startLocale);
i18n.on('languageChanged', setDocumentLanguage);
