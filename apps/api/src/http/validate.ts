import type { Request } from 'express';
import type { z } from 'zod';
import { parseLocalized } from '@oikeus/contracts';
import { AppError } from '../errors/app-error';
import { localeOf } from './locale';

/** Parses input with a shared contract; a failure is a 400 with localised field messages. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  req: Request,
): z.output<S> {
  const result = parseLocalized(schema, input, localeOf(req));
  if (!result.success) throw new AppError('VALIDATION_FAILED', undefined, result.issues);
  return result.data;
}
