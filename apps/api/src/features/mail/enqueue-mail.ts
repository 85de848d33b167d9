import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../context';
import type { Tx } from '../../db/transaction';
import { Prisma } from '../../generated/sqlite/client';
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

/** Any template with its own data shape (for lists of mails to queue together). */
export type AnyEnqueueMailInput = {
  [K in MailTemplateName]: EnqueueMailInput<K>;
}[MailTemplateName];

export interface EnqueuedMail {
  id: string;
  /** True when a message with the same dedupeKey was already queued; nothing new was written. */
  isDuplicate: boolean;
}

type Ctx = Pick<AppContext, 'env' | 'clock' | 'registerDescription'>;

/**
 * Queues one email in the caller's transaction (transactional outbox): the mail
 * exists exactly when the change that caused it commits, and the worker sends
 * it later with retries, so SMTP being down delays mail but never loses it
 * (DESIGN.md "Nothing is lost"). The message is rendered now, in the
 * recipient's language, so what is sent is what the change meant at the time.
 */
export async function enqueueMail<TName extends MailTemplateName>(
  tx: Tx,
  ctx: Ctx,
  input: EnqueueMailInput<TName>,
): Promise<EnqueuedMail> {
  const [result] = await enqueueMails(tx, ctx, [input as AnyEnqueueMailInput]);
  return result!;
}

/**
 * Queues several emails in the caller's transaction with two statements (one
 * dedupe lookup, one insert), whatever their number: the reminder scan queues
 * hundreds at a time. Results are in input order.
 */
export async function enqueueMails(
  tx: Tx,
  ctx: Ctx,
  inputs: readonly AnyEnqueueMailInput[],
): Promise<EnqueuedMail[]> {
  if (inputs.length === 0) return [];
  const keys = inputs.map((input) => input.dedupeKey).filter((key): key is string => Boolean(key));
  const existing = new Map<string, string>();
  if (keys.length > 0) {
    const rows = await tx.outboxMessage.findMany({
      where: { dedupeKey: { in: keys } },
      select: { id: true, dedupeKey: true },
    });
    for (const row of rows) if (row.dedupeKey) existing.set(row.dedupeKey, row.id);
  }
  const now = ctx.clock.now();
  const results: EnqueuedMail[] = [];
  const rows = [];
  for (const input of inputs) {
    const known = input.dedupeKey ? existing.get(input.dedupeKey) : undefined;
    if (known) {
      results.push({ id: known, isDuplicate: true });
      continue;
    }
    // TypeScript cannot correlate template and data inside a union of inputs; each
    // member was checked at the call site, and renderMail parses the data again.
    const rendered = renderMail(ctx, {
      template: input.template,
      locale: input.locale,
      data: input.data,
    } as Parameters<typeof renderMail>[1]);
    const id = randomUUID();
    // The same key twice in one call is queued once.
    if (input.dedupeKey) existing.set(input.dedupeKey, id);
    rows.push({
      id,
      template: input.template,
      toAddress: input.to.trim(),
      locale: rendered.locale,
      subject: rendered.subject,
      textBody: rendered.text,
      htmlBody: rendered.html,
      dedupeKey: input.dedupeKey ?? null,
      requestId: input.requestId ?? null,
    });
    results.push({ id, isDuplicate: false });
  }
  if (rows.length > 0) {
    // Plain SQL rather than createMany: with bodies of a few kilobytes Prisma's
    // createMany costs ~5 ms a row, the statement below well under 1 ms, and a
    // reminder run queues hundreds. Portable: quoted names, bound values.
    const values = rows.map(
      (r) =>
        Prisma.sql`(${r.id}, ${r.template}, ${r.toAddress}, ${r.locale}, ${r.subject}, ${r.textBody}, ${r.htmlBody}, ${r.dedupeKey}, ${r.requestId}, ${'pending'}, ${0}, ${now}, ${now})`,
    );
    await tx.$executeRaw(
      Prisma.sql`INSERT INTO "OutboxMessage" ("id", "template", "toAddress", "locale", "subject", "textBody", "htmlBody", "dedupeKey", "requestId", "status", "attempts", "nextAttemptAt", "createdAt") VALUES ${Prisma.join(values)}`,
    );
  }
  return results;
}
