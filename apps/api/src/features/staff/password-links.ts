// One-time links that set a staff password (issue #19): an admin's invitation
// or reset, or the member's own "Forgot password?". The token is 32 random
// bytes in the mail; only its SHA-256 is stored, so a copy of the database
// holds no usable link. A link works once and expires; issuing a new one
// retires the member's earlier unused links.
import { createHash, randomBytes } from 'node:crypto';
import type { StaffPasswordLinkPurpose } from '@oikeus/contracts';
import type { Tx } from '../../db/transaction';

/** An invitation may wait in the mailbox over a weekend; the issue asks for 72 hours. */
export const INVITATION_LINK_HOURS = 72;
/** A reset is asked for and used at once (OWASP Forgot Password: short-lived tokens). */
export const RESET_LINK_HOURS = 1;

/** Where the link points: the console's set-password page, which posts the token back. */
export function staffPasswordLinkPath(token: string): string {
  return `/console/set-password?token=${token}`;
}

export function hashStaffPasswordToken(token: string): string {
  return createHash('sha256').update(`oikeus-staff-password-link:${token}`).digest('hex');
}

/**
 * Stores a new link for the member in the caller's transaction and returns
 * the token to put in the mail. Earlier unused links of theirs stop working.
 */
export async function issueStaffPasswordLink(
  tx: Tx,
  input: {
    staffId: string;
    purpose: StaffPasswordLinkPurpose;
    hours: number;
    now: Date;
    createdById: string | null;
  },
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(input.now.getTime() + input.hours * 3_600_000);
  await tx.staffPasswordToken.updateMany({
    where: { staffUserId: input.staffId, usedAt: null },
    data: { usedAt: input.now },
  });
  await tx.staffPasswordToken.create({
    data: {
      staffUserId: input.staffId,
      purpose: input.purpose,
      tokenHash: hashStaffPasswordToken(token),
      createdAt: input.now,
      expiresAt,
      createdById: input.createdById,
    },
  });
  return { token, expiresAt };
}
