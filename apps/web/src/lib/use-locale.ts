import type { Locale } from '@oikeus/contracts';
import { useTranslation } from 'react-i18next';
import { fallbackLocale, isSupportedLocale } from './supported-locales';

/** The language the person is reading in; re-renders when they switch. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isSupportedLocale(language) ? language : fallbackLocale;
}
