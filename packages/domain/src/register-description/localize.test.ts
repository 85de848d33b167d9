import { describe, expect, it } from 'vitest';
import { localize } from './localize';
import { resolveLocale } from './localized-text';

const text = { fi: 'Rekisterinpitäjä', sv: 'Personuppgiftsansvarig', en: 'Controller' };

describe('localize', () => {
  it.each([
    ['fi', 'Rekisterinpitäjä'],
    ['sv', 'Personuppgiftsansvarig'],
    ['en', 'Controller'],
  ])('when asked for %s, it returns that translation', (locale, expected) => {
    expect(localize(text, locale)).toBe(expected);
  });

  it('when given a regional tag such as sv-FI or en-GB, it uses the language', () => {
    expect(localize(text, 'sv-FI')).toBe('Personuppgiftsansvarig');
    expect(localize(text, 'EN_gb')).toBe('Controller');
  });

  it('when the locale is not supported, it falls back to Finnish', () => {
    expect(localize(text, 'de')).toBe('Rekisterinpitäjä');
    expect(localize(text, '')).toBe('Rekisterinpitäjä');
  });

  it('when the translation is missing or blank, it falls back to Finnish', () => {
    expect(localize({ fi: 'Evästeet' }, 'sv')).toBe('Evästeet');
    expect(localize({ fi: 'Evästeet', sv: '  ', en: 'Cookies' }, 'sv')).toBe('Evästeet');
  });
});

describe('resolveLocale', () => {
  it('when the tag is unknown, it resolves to fi', () => {
    expect(resolveLocale('nb-NO')).toBe('fi');
    expect(resolveLocale('sv')).toBe('sv');
  });
});
