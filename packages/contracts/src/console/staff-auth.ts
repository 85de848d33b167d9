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

/**
 * A one-time link to set a staff password (issue #19): `invitation` for a new
 * member (72 hours; TOTP enrolment follows), `reset` when the member forgot
 * it or an admin reset it (1 hour; the member's TOTP code is still needed).
 */
export const staffPasswordLinkPurposes = ['invitation', 'reset'] as const;
export const staffPasswordLinkPurposeSchema = z.enum(staffPasswordLinkPurposes);
export type StaffPasswordLinkPurpose = z.infer<typeof staffPasswordLinkPurposeSchema>;

/** The token of the link: 32 random bytes, base64url. Anything else is no link of ours. */
export const staffPasswordLinkTokenSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{43}$/, 'staffPasswordLink.invalid');

/** POST /api/staff/auth/forgot-password: the answer is the same whether or not the address is a member's. */
export const forgotStaffPasswordInputSchema = z.object({ email: emailSchema });
export type ForgotStaffPasswordInput = z.input<typeof forgotStaffPasswordInputSchema>;

/** POST /api/staff/auth/password-link/check: is the link still good, and what does it need. */
export const checkStaffPasswordLinkInputSchema = z.object({ token: staffPasswordLinkTokenSchema });
export type CheckStaffPasswordLinkInput = z.input<typeof checkStaffPasswordLinkInputSchema>;

export const staffPasswordLinkSchema = z.object({
  purpose: staffPasswordLinkPurposeSchema,
  email: z.string(),
  name: z.string(),
  /** The member already has an authenticator: setting the password takes a code from it. */
  requiresTotp: z.boolean(),
  expiresAt: isoDateTimeSchema,
});
export type StaffPasswordLink = z.infer<typeof staffPasswordLinkSchema>;

/** POST /api/staff/auth/password-link: set the password with the link (and the TOTP code when required). */
export const setStaffPasswordInputSchema = z.object({
  token: staffPasswordLinkTokenSchema,
  newPassword: staffPasswordSchema,
  totp: totpCodeSchema.optional(),
});
export type SetStaffPasswordInput = z.input<typeof setStaffPasswordInputSchema>;

/**
 * `password_set`: sign in with the new password. `enrolment_required`: a new
 * member (or one whose authenticator was reset) enrols TOTP next, with the
 * enrolment cookie this answer sets, exactly as at a first sign-in.
 */
export const setStaffPasswordResponseSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('password_set') }),
  z.object({ status: z.literal('enrolment_required'), enrolment: totpEnrolmentSchema }),
]);
export type SetStaffPasswordResponse = z.infer<typeof setStaffPasswordResponseSchema>;
