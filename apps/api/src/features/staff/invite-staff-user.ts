import { randomBytes } from 'node:crypto';
import type { Locale, StaffRole, StaffUser } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { enqueueMail } from '../mail/enqueue-mail';
import { insertStaffUser, parseStaffEmail } from './create-staff-user';
import { hashSecret } from './password-hash';
import {
  INVITATION_LINK_HOURS,
  issueStaffPasswordLink,
  staffPasswordLinkPath,
} from './password-links';
import { staffUserViewSelect, toStaffUserView } from './staff-user-view';

/**
 * An admin invites a new member (issue #19): the account, its one-time
 * invitation link (72 hours) and the invitation mail commit together. Until
 * the link is used the account has a password nobody knows, so nothing is
 * ever shown to the admin or sent in the clear.
 */
export async function inviteStaffUser(
  ctx: AppContext,
  input: { actorId: string; email: string; name: string; role: StaffRole; locale: Locale },
): Promise<StaffUser> {
  const email = parseStaffEmail(input.email);
  const passwordHash = await hashSecret(randomBytes(32).toString('base64url'));
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (tx) => {
    const created = await insertStaffUser(tx, ctx, {
      email,
      name: input.name,
      role: input.role,
      locale: input.locale,
      passwordHash,
      mustSetPassword: true,
      createdById: input.actorId,
      now,
    });
    const link = await issueStaffPasswordLink(tx, {
      staffId: created.id,
      purpose: 'invitation',
      hours: INVITATION_LINK_HOURS,
      now,
      createdById: input.actorId,
    });
    const inviter = await tx.staffUser.findUnique({
      where: { id: input.actorId },
      select: { name: true },
    });
    await enqueueMail(tx, ctx, {
      template: 'staff_invitation',
      to: email,
      locale: input.locale,
      data: {
        inviterName: inviter?.name ?? null,
        role: input.role,
        linkPath: staffPasswordLinkPath(link.token),
        expiresAt: link.expiresAt,
      },
    });
    await appendAuditEntry(tx, ctx.db, {
      at: now,
      actorType: 'staff',
      actorId: input.actorId,
      action: 'staff.invited',
      recordType: 'staff_user',
      recordId: created.id,
      details: { expiresAt: link.expiresAt.toISOString() },
    });
    const user = await tx.staffUser.findUniqueOrThrow({
      where: { id: created.id },
      select: staffUserViewSelect,
    });
    return toStaffUserView(user, now);
  });
}
