// Staff sign-in: password (argon2id) + TOTP, enrolment on first sign-in.
import { z } from 'zod';
import { emailSchema } from '../fields';
import { isoDateTimeSchema, staffRoleSchema } from './common';

export const totpCodeSchema = z
  .string()
  .trim()
  .regex(/^[0-9]{6}$/, 'code.invalid');
/** Recovery codes are shown as `xxxxx-xxxxx`; dashes and case are ignored. */
export const recoveryCodeSchema = z
  .string()
  .trim()
  .toLowerCase()
  .transform((v) => v.replace(/[^a-z0-9]/g, ''))
  .pipe(z.string().regex(/^[a-z0-9]{10}$/, 'code.invalid'));

export const staffPasswordSchema = z.string().min(12, 'password.tooShort').max(200, 'text.tooLong');

export const staffLoginInputSchema = z.object({
  email: emailSchema,
  // Not the creation rules: an old password still has to be checkable.
  password: z.string().min(1).max(200, 'text.tooLong'),
  totp: totpCodeSchema.optional(),
  recoveryCode: recoveryCodeSchema.optional(),
});
export type StaffLoginInput = z.input<typeof staffLoginInputSchema>;

export const staffMeSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: staffRoleSchema,
});
export type StaffMe = z.infer<typeof staffMeSchema>;

export const totpEnrolmentSchema = z.object({
  /** otpauth://totp/... for authenticator apps. */
  otpauthUrl: z.string(),
  /** The same URL as a PNG QR code, `data:image/png;base64,...`. */
  qrCodeDataUrl: z.string(),
  /** Base32 secret for manual entry. */
  secret: z.string(),
});
export type TotpEnrolment = z.infer<typeof totpEnrolmentSchema>;

/**
 * Login answer. `enrolment_required`: password was right but TOTP is not set up;
 * an enrolment-only cookie is set and nothing else is reachable until
 * POST /api/staff/auth/enrolment/confirm succeeds.
 */
export const staffLoginResponseSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('signed_in'),
    staff: staffMeSchema,
    remainingRecoveryCodes: z.int(),
  }),
  z.object({ status: z.literal('enrolment_required'), enrolment: totpEnrolmentSchema }),
]);
export type StaffLoginResponse = z.infer<typeof staffLoginResponseSchema>;

export const confirmTotpEnrolmentInputSchema = z.object({ totp: totpCodeSchema });
export type ConfirmTotpEnrolmentInput = z.input<typeof confirmTotpEnrolmentInputSchema>;

export const confirmTotpEnrolmentResponseSchema = z.object({
  status: z.literal('signed_in'),
  staff: staffMeSchema,
  /** Shown once; each works once instead of a TOTP code. */
  recoveryCodes: z.array(z.string()).length(10),
});
export type ConfirmTotpEnrolmentResponse = z.infer<typeof confirmTotpEnrolmentResponseSchema>;

export const staffSessionSchema = z.object({
  staff: staffMeSchema,
  expiresAt: isoDateTimeSchema,
});
export type StaffSession = z.infer<typeof staffSessionSchema>;

export const changeStaffPasswordInputSchema = z.object({
  currentPassword: z.string().min(1).max(200, 'text.tooLong'),
  newPassword: staffPasswordSchema,
});
export type ChangeStaffPasswordInput = z.input<typeof changeStaffPasswordInputSchema>;

/** One of the signed-in staff member's own console sessions (GET /api/staff/auth/sessions). */
export const staffSessionEntrySchema = z.object({
  id: z.uuid(),
  createdAt: isoDateTimeSchema,
  lastSeenAt: isoDateTimeSchema,
  /** Absolute end; the session ends earlier when unused for the idle timeout. */
  expiresAt: isoDateTimeSchema,
  /** The browser's own description of itself, as it sent it at sign-in (may be empty). */
  userAgent: z.string(),
  /** The session this request was made with. */
  isCurrent: z.boolean(),
});
export type StaffSessionEntry = z.infer<typeof staffSessionEntrySchema>;

export const staffSessionListSchema = z.object({
  items: z.array(staffSessionEntrySchema),
  /** STAFF_IDLE_TIMEOUT_MINUTES: a session unused this long ends. */
  idleTimeoutMinutes: z.int(),
});
export type StaffSessionList = z.infer<typeof staffSessionListSchema>;
