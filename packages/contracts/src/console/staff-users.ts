// Admin: staff users and roles.
import { z } from 'zod';
import { emailSchema, personNameSchema } from '../fields';
import { localeSchema } from '../locale';
import { isoDateTimeSchema, staffRoleSchema } from './common';
import { staffPasswordSchema } from './staff-auth';

export const staffUserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: staffRoleSchema,
  /** The language of the reminders and digests this person receives. */
  locale: localeSchema,
  isActive: z.boolean(),
  isTotpEnabled: z.boolean(),
  lockedUntil: isoDateTimeSchema.nullable(),
  createdAt: isoDateTimeSchema,
});
export type StaffUser = z.infer<typeof staffUserSchema>;

export const staffUserListSchema = z.object({ items: z.array(staffUserSchema) });
export type StaffUserList = z.infer<typeof staffUserListSchema>;

export const createStaffUserInputSchema = z.object({
  email: emailSchema,
  name: personNameSchema,
  role: staffRoleSchema,
  locale: localeSchema.default('fi'),
  /** Temporary password the admin hands over; TOTP enrolment follows at first sign-in. */
  temporaryPassword: staffPasswordSchema,
});
export type CreateStaffUserInput = z.input<typeof createStaffUserInputSchema>;

/** Change role, mail language and/or deactivate (deactivation also ends every session). */
export const updateStaffUserInputSchema = z
  .object({
    role: staffRoleSchema.optional(),
    isActive: z.boolean().optional(),
    locale: localeSchema.optional(),
  })
  .refine(
    (v) => v.role !== undefined || v.isActive !== undefined || v.locale !== undefined,
    'update.empty',
  );
export type UpdateStaffUserInput = z.input<typeof updateStaffUserInputSchema>;
