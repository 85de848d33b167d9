import type { Database } from '../../db/client';
import type { Clock } from '../../clock';
import type { MailTransport, OutgoingMail } from './mail-transport';

/**
 * The embedded default (MAIL_TRANSPORT=local): mail is kept in the LocalMail
 * table and shown at GET /api/dev/mailbox, so a newcomer can sign in with the
 * one-time code without a mail server. A resend after a crash has the same
 * Message-ID and is stored once.
 */
export function createLocalTransport(db: Database, clock: Clock): MailTransport {
  return {
    async send(mail: OutgoingMail) {
      const existing = await db.prisma.localMail.findFirst({
        where: { messageId: mail.messageId },
        select: { id: true },
      });
      if (existing) return { providerId: `local:${existing.id}` };
      const stored = await db.prisma.localMail.create({
        data: {
          toAddress: mail.to.toLowerCase(),
          subject: mail.subject,
          textBody: mail.text,
          htmlBody: mail.html,
          messageId: mail.messageId,
          createdAt: clock.now(),
        },
        select: { id: true },
      });
      return { providerId: `local:${stored.id}` };
    },
    async close() {},
  };
}
