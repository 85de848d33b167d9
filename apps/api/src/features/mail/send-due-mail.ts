import type { AppContext } from '../../context';
import { claimDueMail, type ClaimedMail } from './claim-due-mail';
import { getMailIdentity, type MailIdentity } from './get-mail-identity';
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
  /** Messages in flight at once (the SMTP pool has as many connections). */
  concurrency?: number;
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

type Ctx = Pick<AppContext, 'db' | 'env' | 'clock' | 'logger' | 'registerDescription'>;
type Message = ClaimedMail['messages'][number];

function isAudienceStaff(template: string): boolean {
  return (
    (mailTemplates as Record<string, { audience: string } | undefined>)[template]?.audience ===
    'staff'
  );
}

/**
 * Sends what is due in the outbox: claim a batch, send it, record each
 * outcome. Delivery is at least once (a worker killed between sending and
 * recording leaves a lock that expires, and the message goes again with the
 * same Message-ID); an unreachable server only postpones mail, and a message
 * is given up ('failed', never deleted) only after repeated permanent refusals.
 */
export async function sendDueMail(
  ctx: Ctx,
  options: SendDueMailOptions,
): Promise<SendDueMailResult> {
  const result: SendDueMailResult = { sent: 0, retried: 0, failed: 0, released: 0 };
  const batchSize = options.batchSize ?? 50;
  const maxBatches = options.maxBatches ?? 20;
  for (let batch = 0; batch < maxBatches; batch += 1) {
    const claimed = await claimDueMail(ctx, { workerId: options.workerId, limit: batchSize });
    if (claimed.candidates === 0) break;
    // Another worker claimed this batch first: look again, there may be more.
    if (claimed.messages.length === 0) continue;
    const isServerDown = await sendClaimed(ctx, options, claimed, result);
    if (isServerDown || claimed.candidates < batchSize) break;
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
  const identity = getMailIdentity(ctx);
  const queue = [...claimed.messages];
  let downUntil: Date | null = null;
  // The database failed while recording an outcome: stop sending, as every
  // further message would leave the server unrecorded too.
  let recordingError: unknown = null;
  async function lane(): Promise<void> {
    while (!downUntil && recordingError === null) {
      const message = queue.shift();
      if (!message) return;
      try {
        const outcome = await sendOne(ctx, options, identity, claimed.claimToken, message);
        result[outcome.kind] += 1;
        if (outcome.kind === 'retried' && outcome.isServerUnreachable)
          downUntil ??= outcome.retryAt;
      } catch (error) {
        recordingError ??= error;
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, lane));
  // Put the untried rest back untouched (their attempt did not happen).
  const release = (nextAttemptAt: Date) =>
    ctx.db.prisma.outboxMessage.updateMany({
      where: { id: { in: queue.map((m) => m.id) }, lockedBy: claimed.claimToken },
      data: {
        status: 'pending',
        nextAttemptAt,
        lockedBy: null,
        lockedUntil: null,
        attempts: { decrement: 1 },
      },
    });
  if (recordingError !== null) {
    // If the database is back already the rest is due again at once; if not, its lock
    // expires. The message whose outcome was lost keeps its lock and goes again once
    // it expires (at least once, same Message-ID).
    if (queue.length > 0) await release(ctx.clock.now()).catch(() => undefined);
    throw recordingError;
  }
  if (downUntil && queue.length > 0) {
    // The server is down for everyone: put the rest back instead of timing out on each one.
    result.released += (await release(downUntil)).count;
  }
  return downUntil !== null;
}

type SendOutcome =
  | { kind: 'sent' }
  | { kind: 'failed' }
  | { kind: 'retried'; isServerUnreachable: boolean; retryAt: Date };

async function sendOne(
  ctx: Ctx,
  options: SendDueMailOptions,
  identity: MailIdentity,
  claimToken: string,
  message: Message,
): Promise<SendOutcome> {
  const prisma = ctx.db.prisma;
  let providerId: string | null;
  try {
    ({ providerId } = await options.transport.send({
      messageId: outboxMessageId(message.id),
      from: identity.from,
      replyTo: isAudienceStaff(message.template) ? null : identity.replyTo,
      to: message.toAddress,
      subject: message.subject,
      text: message.textBody,
      html: message.htmlBody,
      locale: message.locale,
    }));
  } catch (error) {
    const failure = describeSendFailure(error);
    const retryAt = new Date(
      ctx.clock.now().getTime() + retryDelayMs(message.attempts, ctx.env, options.random),
    );
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
      // An error, so it reaches monitoring; admins see the row in the console. No address is logged.
      ctx.logger.error(
        {
          outboxId: message.id,
          template: message.template,
          attempts: message.attempts,
          error: failure.summary,
        },
        'mail permanently refused; marked failed',
      );
      return { kind: 'failed' };
    }
    ctx.logger.warn(
      { outboxId: message.id, attempts: message.attempts, retryAt, error: failure.summary },
      'mail not sent; will retry',
    );
    return { kind: 'retried', isServerUnreachable: failure.isServerUnreachable, retryAt };
  }
  // Sent. A database failure while recording it is no SMTP failure: it propagates
  // (the caller stops), the message keeps its lock and goes again once the lock
  // expires — at least once, with the same Message-ID — never re-queued as unsent.
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
  return { kind: 'sent' };
}
