import type { Request } from 'express';
import type { z } from 'zod';
import { parseLocalized } from '@oikeus/contracts';
import { AppError } from '../errors/app-error';
import { localeOf } from './locale';

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
  const nulAt = nulCharacterPath(input);
  if (nulAt !== null) {
    throw new AppError('VALIDATION_FAILED', undefined, undefined, [
      { path: nulAt, reason: 'text.nulCharacter' },
    ]);
  }
  // zod's own messages exist per language only at parse time, so the boundary parses in the caller's.
  const result = parseLocalized(schema, input, localeOf(req));
  if (!result.success) {
    throw new AppError('VALIDATION_FAILED', undefined, undefined, result.issues);
  }
  return result.data;
}
