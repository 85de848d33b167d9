// Field schemas reused by every contract; never retyped (STYLE.md).
import { z } from 'zod';

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'text.tooLong')
  .pipe(z.email('email.invalid'));

export const personNameSchema = z.string().trim().min(1, 'name.required').max(200, 'text.tooLong');

/** Finnish and international numbers; spaces and dashes allowed. */
export const phoneSchema = z
  .string()
  .trim()
  .max(40, 'text.tooLong')
  .regex(/^\+?[0-9][0-9 ()-]{5,30}$/, 'phone.invalid');

export const registerIds = ['customer', 'marketing'] as const;
export const registerIdSchema = z.enum(registerIds);
export const registersSchema = z
  .array(registerIdSchema)
  .min(1, 'registers.required')
  .max(2)
  .refine((list) => new Set(list).size === list.length, 'registers.required');

export const freeTextSchema = (max = 5000) => z.string().trim().max(max, 'text.tooLong');

export const idSchema = z.uuid();
/**
 * Dates and instants the product can hold on both databases. PostgreSQL has no
 * year 0 and SQLite stores anything, so without a range `0000-01-01` is a 500
 * on one and nonsense on the other (issue #20): years 1900–9999 cover every
 * real receipt, notice and deadline.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 9999;
const MIN_INSTANT = Date.UTC(MIN_YEAR, 0, 1);
const MAX_INSTANT = Date.UTC(MAX_YEAR, 11, 31, 23, 59, 59, 999);

export const localDateSchema = z.iso.date().refine((v) => {
  const year = Number(v.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
}, 'date.outOfRange');

/** An ISO 8601 instant with an offset, within years 1900–9999 UTC. */
export const isoDateTimeSchema = z.iso.datetime({ offset: true }).refine((v) => {
  const t = Date.parse(v);
  return t >= MIN_INSTANT && t <= MAX_INSTANT;
}, 'date.outOfRange');

/** PostgreSQL `integer` is 32-bit: a larger id, version or cursor must be a 400, not a failed query. */
export const DB_INT_MAX = 2_147_483_647;
export const positiveDbIntSchema = z.int().min(1).max(DB_INT_MAX, 'number.outOfRange');
/** The same from a query string (`?before=42`). */
export const positiveDbIntQuerySchema = z.coerce
  .number()
  .int()
  .min(1)
  .max(DB_INT_MAX, 'number.outOfRange');
