// The signed-in staff member's own account: name, mail language and which
// staff mails they get (issue #19 "Staff are told what they need to know").
import { z } from 'zod';
import { personNameSchema } from '../fields';
import { localeSchema } from '../locale';
import { staffRoleSchema } from './common';

/**
 * How widely a member hears about one kind of request event:
 * `all` — requests assigned to them and requests nobody has yet;
 * `own` — only requests assigned to them; `none` — no such mail.
 * A request with an assignee is only ever mailed to that assignee.
 */
export const staffMailScopes = ['all', 'own', 'none'] as const;
export const staffMailScopeSchema = z.enum(staffMailScopes);
export type StaffMailScope = z.infer<typeof staffMailScopeSchema>;

export const staffMailPreferencesSchema = z.object({
  /** A request arrives (through the portal, or entered by staff). */
  newRequests: staffMailScopeSchema,
  /** The person writes on a request. */
  messages: staffMailScopeSchema,
  /** Deadline reminders; escalations of overdue requests count as reminders. */
  reminders: staffMailScopeSchema,
  /** The working-day digest of the queue. */
  digest: z.boolean(),
});
export type StaffMailPreferences = z.infer<typeof staffMailPreferencesSchema>;

/** GET /api/staff/auth/account. */
export const staffAccountSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: staffRoleSchema,
  /** The language of the mails this member receives. */
  locale: localeSchema,
  /** Whether the member is the contact person of the privacy notice (their defaults are "everything"). */
  isContactPerson: z.boolean(),
  /** The member's choice, or the defaults for their role when they have not chosen. */
  mailPreferences: staffMailPreferencesSchema,
  /** False while the defaults apply. */
  hasChosenMailPreferences: z.boolean(),
});
export type StaffAccount = z.infer<typeof staffAccountSchema>;

/** PATCH /api/staff/auth/account: any of the three; at least one. */
export const updateStaffAccountInputSchema = z
  .object({
    name: personNameSchema.optional(),
    locale: localeSchema.optional(),
    mailPreferences: staffMailPreferencesSchema.optional(),
  })
  .refine(
    (v) => v.name !== undefined || v.locale !== undefined || v.mailPreferences !== undefined,
    'update.empty',
  );
export type UpdateStaffAccountInput = z.input<typeof updateStaffAccountInputSchema>;
