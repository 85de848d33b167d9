// Admin: staff users and roles.
import { z } from 'zod';
import { emailSchema, personNameSchema } from '../fields';
import { localeSchema } from '../locale';
import { isoDateTimeSchema, staffRoleSchema } from './common';
import { staffPasswordLinkPurposeSchema } from './staff-auth';

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
  /** Invited, or the password was reset by an admin: no password works until one is set by link. */
  mustSetPassword: z.boolean(),
  /** The newest unused password link, while it is valid. */
  passwordLink: z
    .object({ purpose: staffPasswordLinkPurposeSchema, expiresAt: isoDateTimeSchema })
    .nullable(),
  createdAt: isoDateTimeSchema,
});
export type StaffUser = z.infer<typeof staffUserSchema>;

export const staffUserListSchema = z.object({ items: z.array(staffUserSchema) });
export type StaffUserList = z.infer<typeof staffUserListSchema>;

/**
 * An admin invites a new member: the invitation mail carries a one-time link
 * (72 hours) to set a password; TOTP enrolment follows. No password is ever
 * shown to the admin.
 */
export const createStaffUserInputSchema = z.object({
  email: emailSchema,
  name: personNameSchema,
  role: staffRoleSchema,
  locale: localeSchema.default('fi'),
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
