import { randomBytes } from 'node:crypto';
import type { StaffUser } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../errors/app-error';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { enqueueMail } from '../mail/enqueue-mail';
import { hashSecret } from './password-hash';
import {
  INVITATION_LINK_HOURS,
  RESET_LINK_HOURS,
  issueStaffPasswordLink,
  staffPasswordLinkPath,
} from './password-links';
import { revokeStaffSessions } from './staff-session';
import { staffUserViewSelect, toStaffUserView } from './staff-user-view';

/**
 * An admin (or `dsr staff reset`, actorId null) resets another member's
 * password (issue #19): the old password stops working and every session of
 * theirs ends at once, and a one-time link to choose a new one is mailed to
 * them — the member must set it before they can sign in again. Setting it
 * still takes their TOTP code. A member who never accepted their invitation
 * gets the invitation again instead.
 */
export async function resetStaffPassword(
  ctx: AppContext,
  input: { actorId: string | null; staffId: string },
): Promise<StaffUser> {
  if (input.actorId === input.staffId) {
    throw new AppError('FORBIDDEN', 'staffUser.cannotResetSelf');
  }
  const passwordHash = await hashSecret(randomBytes(32).toString('base64url'));
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (tx) => {
    const member = await tx.staffUser.findUnique({
      where: { id: input.staffId },
      select: {
        id: true,
        email: true,
        role: true,
        locale: true,
        totpEnabledAt: true,
        mustSetPassword: true,
      },
    });
    if (!member) throw new AppError('NOT_FOUND');
    const isInvitation = member.totpEnabledAt === null && member.mustSetPassword;
    await tx.staffUser.update({
      where: { id: member.id },
      data: { passwordHash, mustSetPassword: true, sessionsValidFrom: now },
    });
    const sessionsEnded = await revokeStaffSessions(tx, member.id, now);
    const link = await issueStaffPasswordLink(tx, {
      staffId: member.id,
      purpose: isInvitation ? 'invitation' : 'reset',
      hours: isInvitation ? INVITATION_LINK_HOURS : RESET_LINK_HOURS,
      now,
      createdById: input.actorId,
    });
    const linkPath = staffPasswordLinkPath(link.token);
    if (isInvitation) {
      const inviter = input.actorId
        ? await tx.staffUser.findUnique({ where: { id: input.actorId }, select: { name: true } })
        : null;
      await enqueueMail(tx, ctx, {
        template: 'staff_invitation',
        to: member.email,
        locale: member.locale,
        data: {
          inviterName: inviter?.name ?? null,
          role: member.role,
          linkPath,
          expiresAt: link.expiresAt,
        },
      });
    } else {
      await enqueueMail(tx, ctx, {
        template: 'staff_password_reset',
        to: member.email,
        locale: member.locale,
        data: {
          requestedBy: 'admin',
          requiresTotp: member.totpEnabledAt !== null,
          linkPath,
          expiresAt: link.expiresAt,
        },
      });
    }
    await appendAuditEntry(tx, ctx.db, {
      at: now,
      actorType: input.actorId ? 'staff' : 'system',
      actorId: input.actorId,
      action: 'staff.password_link_sent',
      recordType: 'staff_user',
      recordId: member.id,
      details: {
        purpose: isInvitation ? 'invitation' : 'reset',
        requestedBy: input.actorId ? 'admin' : 'cli',
        expiresAt: link.expiresAt.toISOString(),
        sessionsEnded,
      },
    });
    const user = await tx.staffUser.findUniqueOrThrow({
      where: { id: member.id },
      select: staffUserViewSelect,
    });
    return toStaffUserView(user, now);
  });
}
