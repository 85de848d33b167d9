import { describe, expect, it } from 'vitest';
import {
  initialLocale,
  langCookie,
  localeFromCookie,
  localeFromLanguages,
} from './locale-preference';

describe('locale preference', () => {
  it('when the lang cookie says Swedish, Swedish wins over the browser languages', () => {
    expect(initialLocale('a=1; lang=sv; b=2', ['en-GB', 'en'])).toBe('sv');
  });

  it('when there is no cookie, the first supported browser language is used', () => {
    expect(initialLocale('', ['de-DE', 'en-US', 'fi'])).toBe('en');
  });

  it('when nothing is supported, Finnish is the default', () => {
    expect(initialLocale('lang=de', ['de-DE', 'fr'])).toBe('fi');
  });

  it('ignores a cookie with an unsupported value', () => {
    expect(localeFromCookie('lang=xx')).toBeUndefined();
  });

  it('reads region tags such as sv-FI as their language', () => {
    expect(localeFromLanguages(['sv-FI'])).toBe('sv');
  });

  it('writes a year-long, site-wide cookie, Secure on https', () => {
    expect(langCookie('en', true)).toBe('lang=en; Path=/; Max-Age=31536000; SameSite=Lax; Secure');
    expect(langCookie('fi', false)).not.toContain('Secure');
  });
});
