import type { Request } from 'express';
import { idSchema } from '@oikeus/contracts';
import { parseInput } from './validate';

/** The `:id` path parameter as a request id (400 when it is not one). */
export function requestIdOf(req: Request): string {
  return parseInput(idSchema, req.params.id, req);
}
