import type { AppContext } from '../../context';
import type { Tx } from '../../db/transaction';
import type { MailTemplateData, MailTemplateName } from './mail-templates';
import { renderMail } from './render-mail';

export interface EnqueueMailInput<TName extends MailTemplateName> {
  template: TName;
  /** One recipient address. */
  to: string;
  /** The recipient's language (Account.locale); unknown or missing → Finnish. */
  locale: string | null | undefined;
  data: MailTemplateData<TName>;
  /** The request the mail is about, so it can be found from the request. */
  requestId?: string | null;
  /**
   * Idempotency key: a producer that retries (or a second worker) with the
   * same key gets the first message back instead of queueing a second one.
   */
  dedupeKey?: string | null;
}

export interface EnqueuedMail {
  id: string;
  /** True when a message with the same dedupeKey was already queued; nothing new was written. */
  isDuplicate: boolean;
}

/**
 * Queues one email in the caller's transaction (transactional outbox): the mail
 * exists exactly when the change that caused it commits, and the worker sends
 * it later with retries, so SMTP being down delays mail but never loses it
 * (DESIGN.md "Nothing is lost"). The message is rendered now, in the
 * recipient's language, so what is sent is what the change meant at the time.
 */
export async function enqueueMail<TName extends MailTemplateName>(
  tx: Tx,
  ctx: Pick<AppContext, 'env' | 'clock'>,
  input: EnqueueMailInput<TName>,
): Promise<EnqueuedMail> {
  if (input.dedupeKey) {
    const existing = await tx.outboxMessage.findUnique({ where: { dedupeKey: input.dedupeKey }, select: { id: true } });
    if (existing) return { id: existing.id, isDuplicate: true };
  }
  const rendered = renderMail(ctx, { template: input.template, locale: input.locale, data: input.data });
  const now = ctx.clock.now();
  const message = await tx.outboxMessage.create({
    data: {
      template: input.template,
      toAddress: input.to.trim(),
      locale: rendered.locale,
      subject: rendered.subject,
      textBody: rendered.text,
      htmlBody: rendered.html,
      dedupeKey: input.dedupeKey ?? null,
      requestId: input.requestId ?? null,
      status: 'pending',
      nextAttemptAt: now,
      createdAt: now,
    },
    select: { id: true },
  });
  return { id: message.id, isDuplicate: false };
}
