// The one catalogue of reasons an API error can give, in fi/sv/en. Use cases
// throw `new AppError(code, reasonKey, params)`; the error middleware puts the
// text in the caller's language (src/http/locale.ts). Nothing below the
// routers picks a language for an error.
import { validationMessages, type Locale } from '@oikeus/contracts';
import { consoleReasons } from './reasons/console-reasons';
import { exportReasons } from './reasons/export-reasons';
import { intakeReasons } from './reasons/intake-reasons';
import { portalReasons } from './reasons/portal-reasons';
import type { ReasonTexts } from './reasons/reason-texts';
import { staffReasons } from './reasons/staff-reasons';
import { syncReasons, syncRequestReasons } from './reasons/sync-reasons';

type Parts =
  | typeof validationMessages
  | typeof consoleReasons
  | typeof exportReasons
  | typeof intakeReasons
  | typeof portalReasons
  | typeof staffReasons
  | typeof syncReasons
  | typeof syncRequestReasons;
type KeysOf<T> = T extends unknown ? keyof T : never;
/** Keys two parts both define: the later one would silently hide the other's text. */
type SharedKeys<P = Parts> = P extends unknown ? keyof P & KeysOf<Exclude<Parts, P>> : never;

export const reasonTexts = {
  // Field messages shared with the web forms ('text.required', 'email.invalid' ...).
  ...validationMessages,
  ...consoleReasons,
  ...exportReasons,
  ...intakeReasons,
  ...portalReasons,
  ...staffReasons,
  ...syncReasons,
  ...syncRequestReasons,
} satisfies Record<string, ReasonTexts> & Record<SharedKeys, never>;

export type ReasonKey = keyof typeof reasonTexts;

type ParamsOf<T> = T extends (params: infer P) => string ? P : undefined;

/** What a reason's text takes: `undefined` for a plain text. */
export type ReasonParams<K extends ReasonKey> = ParamsOf<(typeof reasonTexts)[K]['fi']>;

/** A reason and its parameters, as an error detail carries them. */
export type Reason = {
  [K in ReasonKey]: ReasonParams<K> extends undefined
    ? { reason: K; params?: undefined }
    : { reason: K; params: ReasonParams<K> };
}[ReasonKey];

/**
 * The reason's text in one language. `params` are whatever the key's texts
 * take; AppError and ErrorDetail check them against the key where thrown.
 */
export function reasonText(key: ReasonKey, locale: Locale, params?: unknown): string {
  // One call serves every key, so the per-key parameter type is widened here.
  const text = reasonTexts[key][locale] as string | ((p: unknown) => string);
  return typeof text === 'function' ? text(params) : text;
}
