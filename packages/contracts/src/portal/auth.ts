// Passwordless sign-up and sign-in for data subjects: a one-time code or link
// is emailed; the answer never reveals whether an account exists (DESIGN.md).
import { z } from 'zod';
import { emailSchema, personNameSchema, phoneSchema } from '../fields';
import { localeSchema } from '../locale';
import { isoDateTimeSchema } from '../console/common';

export const authPurposes = ['sign_up', 'sign_in'] as const;
export const authPurposeSchema = z.enum(authPurposes);
export type AuthPurpose = z.infer<typeof authPurposeSchema>;

/** Minutes a code or link stays valid. */
export const SIGN_IN_CODE_TTL_MINUTES = 10;
/** Wrong codes allowed per challenge before it stops working. */
export const SIGN_IN_CODE_MAX_ATTEMPTS = 5;

export const signUpInputSchema = z.strictObject({
  purpose: z.literal('sign_up'),
  email: emailSchema,
  name: personNameSchema,
  /** Omit when blank. */
  phone: phoneSchema.optional(),
  /** Preferred language for emails and the portal. */
  locale: localeSchema,
});

export const signInInputSchema = z.strictObject({
  purpose: z.literal('sign_in'),
  email: emailSchema,
  /** Language of the email; defaults to the request's language. */
  locale: localeSchema.optional(),
});

/** POST /api/auth/start */
export const startAuthInputSchema = z.discriminatedUnion('purpose', [
  signUpInputSchema,
  signInInputSchema,
]);
export type StartAuthInput = z.input<typeof startAuthInputSchema>;

/** The same body for every outcome, so the reply says nothing about the address. */
export const startAuthResponseSchema = z.object({
  status: z.literal('check_email'),
  expiresInMinutes: z.int(),
});
export type StartAuthResponse = z.infer<typeof startAuthResponseSchema>;

export const signInCodeSchema = z
  .string()
  .trim()
  .regex(/^[0-9]{6}$/, 'code.invalid');
/** The random token from the emailed link (base64url). */
export const signInLinkTokenSchema = z.string().trim().min(20).max(200);

/**
 * POST /api/auth/verify: either `{ email, code }` (typed from the email) or
 * `{ token }` (from the link `/sign-in/verify?token=…`).
 */
export const verifyAuthInputSchema = z
  .strictObject({
    email: emailSchema.optional(),
    code: signInCodeSchema.optional(),
    token: signInLinkTokenSchema.optional(),
  })
  .refine(
    (v) =>
      (v.token !== undefined && v.code === undefined) ||
      (v.token === undefined && v.email !== undefined && v.code !== undefined),
    { message: 'portal.code.or.token', path: ['code'] },
  );
export type VerifyAuthInput = z.input<typeof verifyAuthInputSchema>;

export const subjectAccountSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  phone: z.string().nullable(),
  locale: localeSchema,
  emailVerifiedAt: isoDateTimeSchema.nullable(),
});
export type SubjectAccount = z.infer<typeof subjectAccountSchema>;

/** Answer of POST /api/auth/verify and GET /api/auth/me. */
export const subjectSessionResponseSchema = z.object({ account: subjectAccountSchema });
export type SubjectSessionResponse = z.infer<typeof subjectSessionResponseSchema>;
