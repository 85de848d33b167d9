import type { Locale } from '@oikeus/contracts';

/**
 * One reason's text in every language: plain strings, or small functions when
 * the text takes parameters (counts, dates). Finnish first.
 */
export type ReasonTexts =
  | Readonly<Record<Locale, string>>
  // `never` accepts a function of any parameter type; `withParams` keeps the three alike.
  | Readonly<Record<Locale, (params: never) => string>>;

/** Texts that take parameters: the same parameter type in fi, sv and en. */
export function withParams<P>(texts: Record<Locale, (params: P) => string>) {
  return texts;
}
