import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { enqueueMail } from '../mail/enqueue-mail';
import { RESET_LINK_HOURS, issueStaffPasswordLink, staffPasswordLinkPath } from './password-links';

/**
 * "Forgot password?" on the console sign-in page (issue #19). An active
 * member gets a one-time link (1 hour) by mail; anyone else gets nothing, and
 * the caller's answer is the same either way, so the form does not tell who
 * is staff. The current password keeps working until the link is used:
 * asking for a link must not let a stranger lock a member out.
 */
export async function requestStaffPasswordReset(ctx: AppContext, email: string): Promise<void> {
  const member = await ctx.db.prisma.staffUser.findFirst({
    where: { email: email.trim().toLowerCase(), isActive: true },
    select: { id: true, email: true, locale: true, totpEnabledAt: true },
  });
  if (!member) {
    ctx.logger.info('staff password link asked for an address with no active member');
    return;
  }
  const now = ctx.clock.now();
  await inTransaction(ctx.db, async (tx) => {
    const link = await issueStaffPasswordLink(tx, {
      staffId: member.id,
      purpose: 'reset',
      hours: RESET_LINK_HOURS,
      now,
      createdById: null,
    });
    await enqueueMail(tx, ctx, {
      template: 'staff_password_reset',
      to: member.email,
      locale: member.locale,
      data: {
        requestedBy: 'member',
        requiresTotp: member.totpEnabledAt !== null,
        linkPath: staffPasswordLinkPath(link.token),
        expiresAt: link.expiresAt,
      },
    });
    // Nobody is signed in: the system records that a link went to the member.
    await appendAuditEntry(tx, ctx.db, {
      at: now,
      actorType: 'system',
      action: 'staff.password_link_sent',
      recordType: 'staff_user',
      recordId: member.id,
      details: {
        purpose: 'reset',
        requestedBy: 'member',
        expiresAt: link.expiresAt.toISOString(),
      },
    });
  });
}
