import type { AppContext } from '../../context';
import type { Tx } from '../../db/transaction';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { addChannelSuppressions, type SuppressionKind } from '../../registers/suppression-hash';

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
 *
 * The verified address also goes on the do-not-market list, one entry per
 * objected channel, whether or not the register holds it today: the
 * objection then also holds against a contact imported or synced later
 * (Art. 21(3): the data "shall no longer be processed" for that purpose).
 * The phone the person gave at sign-up is not verified, so it is not listed
 * here; the handler's apply step lists the confirmed contacts' phones.
 * Returns how many contacts were changed and which details were listed.
 */
export async function applyMarketingObjection(
  tx: Tx,
  ctx: AppContext,
  input: MarketingObjectionInput,
): Promise<{ contacts: number; suppressed: SuppressionKind[] }> {
  const entries = await addChannelSuppressions(tx, ctx, {
    email: input.email,
    phone: null,
    channels: input.channels,
    reason: 'objection_art21',
    requestId: input.requestId,
    at: input.at,
  });
  const suppressed = [...new Set(entries.map((entry) => entry.kind))];
  if (entries.length > 0) {
    await appendAuditEntry(tx, ctx.db, {
      at: input.at,
      actorType: 'subject',
      actorId: input.accountId,
      action: 'marketing.prohibited',
      requestId: input.requestId,
      recordType: 'marketing_suppression',
      details: { channels: input.channels, suppressed },
    });
  }
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
  return { contacts: contacts.length, suppressed };
}
