// The languages of `@oikeus/contracts`, repeated here as plain data: every
// runtime import from the contracts package brings zod along, and the portal
// entry must stay small (it loads zod only with the pages that validate).
// The type checks below fail the build if the two lists ever differ.
import type { Locale } from '@oikeus/contracts';

export const supportedLocales = ['fi', 'sv', 'en'] as const satisfies readonly Locale[];

/** Finnish: the controller's language, as `defaultLocale` in the contracts. */
export const fallbackLocale = 'fi' satisfies Locale;

type Missing = Exclude<Locale, (typeof supportedLocales)[number]>;
// A compile-time assertion: `never` only when no contract locale is missing here.
export const areAllContractLocalesSupported: [Missing] extends [never] ? true : never = true;

export function isSupportedLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (supportedLocales as readonly string[]).includes(value);
}
