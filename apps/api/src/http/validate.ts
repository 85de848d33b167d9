import type { Request } from 'express';
import type { z } from 'zod';
import { parseLocalized, type Locale } from '@oikeus/contracts';
import { AppError } from '../errors/app-error';
import { localeOf } from './locale';

const nulCharacterMessage: Record<Locale, string> = {
  fi: 'Teksti sisältää merkin, jota ei voi tallentaa.',
  sv: 'Texten innehåller ett tecken som inte kan sparas.',
  en: 'The text contains a character that cannot be stored.',
};

/**
 * The path of the first string (value or key) holding U+0000, or null.
 * PostgreSQL cannot store that character in text, so such input used to end
 * in a 500 there while SQLite took it (found by fuzz-write-routes). Walks
 * iteratively: parsed JSON may be nested thousands of levels deep.
 */
function nulCharacterPath(input: unknown): string | null {
  const stack: Array<{ value: unknown; path: string }> = [{ value: input, path: '' }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: string };
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return path;
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        const childPath = path === '' ? key : `${path}.${key}`;
        if (key.includes('\u0000')) return childPath;
        stack.push({ value: child, path: childPath });
      }
    }
  }
  return null;
}

/** Parses input with a shared contract; a failure is a 400 with localised field messages. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  req: Request,
): z.output<S> {
  const locale = localeOf(req);
  const nulAt = nulCharacterPath(input);
  if (nulAt !== null) {
    throw new AppError('VALIDATION_FAILED', undefined, [
      { path: nulAt, message: nulCharacterMessage[locale] },
    ]);
  }
  const result = parseLocalized(schema, input, locale);
  if (!result.success) throw new AppError('VALIDATION_FAILED', undefined, result.issues);
  return result.data;
}
