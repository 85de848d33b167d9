import type { AppContext } from '../../context';
import type { Tx } from '../../db/transaction';
import { appendAuditEntry } from '../audit/append-audit-entry';

export interface MarketingObjectionInput {
  requestId: string;
  accountId: string;
  /** The account's verified address, lower-cased like the register's. */
  email: string;
  channels: ReadonlyArray<'email' | 'sms' | 'phone' | 'post'>;
  at: Date;
}

/**
 * GDPR Art. 21(2)–(3): an objection to direct marketing is absolute and the
 * data may no longer be used for it — so it takes effect at once, in the same
 * transaction as the request, not when a handler gets to it. Every marketing
 * contact with the subject's verified email gets a `prohibited` decision per
 * channel, a history event and an audit entry; the request stays open so a
 * handler can confirm it and look for records the address does not find.
 * Returns how many contacts were changed.
 */
export async function applyMarketingObjection(
  tx: Tx,
  ctx: AppContext,
  input: MarketingObjectionInput,
): Promise<number> {
  const contacts = await tx.marketingContact.findMany({
    where: { email: input.email },
    select: { id: true, permissions: { select: { channel: true, decision: true } } },
  });
  for (const contact of contacts) {
    const before = Object.fromEntries(contact.permissions.map((p) => [p.channel, p.decision]));
    for (const channel of input.channels) {
      await tx.marketingPermission.upsert({
        where: { contactId_channel: { contactId: contact.id, channel } },
        create: {
          contactId: contact.id,
          channel,
          decision: 'prohibited',
          decidedAt: input.at,
          method: 'portal',
        },
        update: { decision: 'prohibited', decidedAt: input.at, method: 'portal' },
      });
      await tx.marketingPermissionEvent.create({
        data: {
          contactId: contact.id,
          channel,
          decision: 'prohibited',
          decidedAt: input.at,
          method: 'portal',
          note: 'GDPR Art. 21(3) objection to direct marketing',
          requestId: input.requestId,
        },
      });
    }
    await appendAuditEntry(tx, ctx.db, {
      at: input.at,
      actorType: 'subject',
      actorId: input.accountId,
      action: 'marketing.prohibited',
      requestId: input.requestId,
      recordType: 'marketing_contact',
      recordId: contact.id,
      details: { channels: input.channels, before },
    });
  }
  return contacts.length;
}
