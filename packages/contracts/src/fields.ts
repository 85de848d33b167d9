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
export const localDateSchema = z.iso.date();
