import type { Locale } from '@oikeus/contracts';
import { z } from 'zod';
import type { MailContent } from './mail-content';
import type { MailFormat } from './mail-format';

/** Who reads the message: subjects get their own language, staff Finnish unless known. */
export type MailAudience = 'subject' | 'staff';

export interface MailTemplate<TSchema extends z.ZodType> {
  audience: MailAudience;
  /** The data the caller passes; validated before rendering so a bad call fails in the caller's transaction. */
  dataSchema: TSchema;
  /** One function per language, so a missing translation is a compile error. */
  render: Record<Locale, (data: z.output<TSchema>, format: MailFormat) => MailContent>;
}

export function defineMailTemplate<TSchema extends z.ZodType>(
  template: MailTemplate<TSchema>,
): MailTemplate<TSchema> {
  return template;
}

/**
 * A path inside the portal or console, such as `/requests/42`. Links are always
 * built on PUBLIC_URL, so a caller cannot put a foreign address in an email.
 */
export const mailPathSchema = z
  .string()
  .regex(/^\/(?!\/)[^\s\\]*$/, 'must be a path starting with a single "/"')
  .max(2000);

export const mailReferenceSchema = z.string().trim().min(1).max(64);
export const mailLocalDateSchema = z.iso.date();
/** Text written by a person (reasons, a question, a letter); escaped when rendered. */
export const mailFreeTextSchema = z.string().trim().min(1).max(20_000);

/** "1 minuutti" / "5 minuuttia" without pulling in an i18n library for four words. */
export function plural(
  locale: Locale,
  n: number,
  forms: Record<Locale, [one: string, other: string]>,
): string {
  const [one, other] = forms[locale];
  return `${n} ${n === 1 ? one : other}`;
}
