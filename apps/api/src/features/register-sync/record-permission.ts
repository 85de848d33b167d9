import { randomUUID } from 'node:crypto';
import type { Locale, RecordPermissionInput, SyncRecordResult } from '@oikeus/contracts';
import { permissionEventRecordSchema } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../errors/app-error';
import { refusedAtTheDoor } from './upsert-context';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { handExternalIdOf } from './hand-external-id';
import { upsertPermissionEvents } from './upsert-permission-events';

/**
 * A permission or prohibition the contact person received by phone, letter or
 * another channel, recorded with the staff member who took it (Art. 7(1):
 * consent must be demonstrable; Art. 21(3): a prohibition applies at once).
 * A permission for a suppressed address is refused as at the sync door.
 */
export async function recordPermission(
  ctx: AppContext,
  input: RecordPermissionInput & { contactId: string; staffId: string; locale: Locale },
): Promise<SyncRecordResult> {
  return inTransaction(ctx.db, async (tx) => {
    const contact = await tx.marketingContact.findUnique({
      where: { id: input.contactId },
      select: { id: true, externalId: true },
    });
    if (!contact) throw new AppError('NOT_FOUND');
    const contactExternalId = contact.externalId ?? handExternalIdOf(contact.id);
    if (!contact.externalId) {
      await tx.marketingContact.update({
        where: { id: contact.id },
        data: { externalId: contactExternalId },
      });
    }
    const record = permissionEventRecordSchema.parse({
      externalId: `console-${randomUUID()}`,
      contactExternalId,
      channel: input.channel,
      decision: input.decision,
      decidedAt: input.decidedAt,
      note: input.note,
      source: input.method,
    });
    const now = ctx.clock.now();
    const [result] = await upsertPermissionEvents(
      { ctx, tx, now, locale: input.locale },
      [record],
      input.staffId,
    );
    if (!result || result.outcome === 'refused') throw refusedAtTheDoor(result?.reason);
    await appendAuditEntry(tx, ctx.db, {
      at: now,
      actorType: 'staff',
      actorId: input.staffId,
      action: 'marketing.permission_recorded',
      recordType: 'marketing_contact',
      recordId: contact.id,
      details: {
        after: {
          eventId: result.id,
          channel: input.channel,
          decision: input.decision,
          decidedAt: record.decidedAt,
          method: input.method,
        },
      },
    });
    return result;
  });
}
