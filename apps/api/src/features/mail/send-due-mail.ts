import type { AppContext } from '../../context';
import { claimDueMail, type ClaimedMail } from './claim-due-mail';
import { getMailIdentity } from './get-mail-identity';
import { mailTemplates } from './mail-templates';
import { outboxMessageId, type MailTransport } from './mail-transport';
import { describeSendFailure, retryDelayMs } from './outbox-retry-policy';

export interface SendDueMailOptions {
  transport: MailTransport;
  /** Shown in OutboxMessage.lockedBy, e.g. `host:pid`. */
  workerId: string;
  batchSize?: number;
  /** Upper bound of batches per call, so one call cannot run for ever. */
  maxBatches?: number;
  /** Jitter source; tests pass a fixed one. */
  random?: () => number;
}

export interface SendDueMailResult {
  sent: number;
  /** Failed this time and scheduled again. */
  retried: number;
  /** Marked 'failed' after MAIL_MAX_ATTEMPTS permanent refusals; visible to admins. */
  failed: number;
  /** Claimed but not tried because the server was unreachable; put back unchanged. */
  released: number;
}

type Ctx = Pick<AppContext, 'db' | 'env' | 'clock' | 'logger'>;

function isAudienceStaff(template: string): boolean {
  return (mailTemplates as Record<string, { audience: string } | undefined>)[template]?.audience === 'staff';
}

/**
 * Sends what is due in the outbox: claim a batch, send one by one, record the
 * outcome. Delivery is at least once (a worker killed between sending and
 * recording leaves a lock that expires, and the message goes again with the
 * same Message-ID); an unreachable server only postpones mail, and a message
 * is given up ('failed', never deleted) only after repeated permanent refusals.
 */
export async function sendDueMail(ctx: Ctx, options: SendDueMailOptions): Promise<SendDueMailResult> {
  const result: SendDueMailResult = { sent: 0, retried: 0, failed: 0, released: 0 };
  const batchSize = options.batchSize ?? 50;
  const maxBatches = options.maxBatches ?? 20;
  for (let batch = 0; batch < maxBatches; batch += 1) {
    const claimed = await claimDueMail(ctx, { workerId: options.workerId, limit: batchSize });
    if (claimed.messages.length === 0) break;
    const isServerDown = await sendClaimed(ctx, options, claimed, result);
    if (isServerDown || claimed.messages.length < batchSize) break;
  }
  return result;
}

/** Returns true when the server could not be reached, so the caller stops for now. */
async function sendClaimed(
  ctx: Ctx,
  options: SendDueMailOptions,
  claimed: ClaimedMail,
  result: SendDueMailResult,
): Promise<boolean> {
  const prisma = ctx.db.prisma;
  const identity = getMailIdentity(ctx);
  const { claimToken } = claimed;
  for (const [index, message] of claimed.messages.entries()) {
    try {
      const { providerId } = await options.transport.send({
        messageId: outboxMessageId(message.id),
        from: identity.from,
        replyTo: isAudienceStaff(message.template) ? null : identity.replyTo,
        to: message.toAddress,
        subject: message.subject,
        text: message.textBody,
        html: message.htmlBody,
        locale: message.locale,
      });
      const marked = await prisma.outboxMessage.updateMany({
        where: { id: message.id, lockedBy: claimToken },
        data: {
          status: 'sent',
          sentAt: ctx.clock.now(),
          providerId,
          lockedBy: null,
          lockedUntil: null,
          lastError: null,
        },
      });
      if (marked.count === 0) {
        // Our lock ran out and another worker took the message: it may arrive twice,
        // recognisably so (same Message-ID). MAIL_LOCK_SECONDS is too short for this server.
        ctx.logger.warn({ outboxId: message.id }, 'mail sent after its lock expired');
      }
      result.sent += 1;
    } catch (error) {
      const failure = describeSendFailure(error);
      const now = ctx.clock.now();
      const retryAt = new Date(now.getTime() + retryDelayMs(message.attempts, ctx.env, options.random));
      const isGivingUp = failure.isPermanent && message.attempts >= ctx.env.MAIL_MAX_ATTEMPTS;
      await prisma.outboxMessage.updateMany({
        where: { id: message.id, lockedBy: claimToken },
        data: {
          status: isGivingUp ? 'failed' : 'pending',
          nextAttemptAt: retryAt,
          lastError: failure.summary,
          lockedBy: null,
          lockedUntil: null,
        },
      });
      if (isGivingUp) {
        result.failed += 1;
        // An error, so it reaches monitoring; admins see the row in the console. No address is logged.
        ctx.logger.error(
          { outboxId: message.id, template: message.template, attempts: message.attempts, error: failure.summary },
          'mail permanently refused; marked failed',
        );
      } else {
        result.retried += 1;
        ctx.logger.warn(
          { outboxId: message.id, attempts: message.attempts, retryAt, error: failure.summary },
          'mail not sent; will retry',
        );
      }
      if (failure.isServerUnreachable) {
        // The server is down for everyone: put the rest of the batch back untouched
        // (their attempt did not happen) instead of timing out on each one.
        const rest = claimed.messages.slice(index + 1).map((m) => m.id);
        if (rest.length > 0) {
          const released = await prisma.outboxMessage.updateMany({
            where: { id: { in: rest }, lockedBy: claimToken },
            data: { status: 'pending', nextAttemptAt: retryAt, lockedBy: null, lockedUntil: null, attempts: { decrement: 1 } },
          });
          result.released += released.count;
        }
        return true;
      }
    }
  }
  return false;
}
