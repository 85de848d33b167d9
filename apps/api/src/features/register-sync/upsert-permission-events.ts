import type { PermissionEventRecord, SyncRecordResult } from '@oikeus/contracts';
import type { Tx } from '../../db/transaction';
import { findRestrictedIds, isSuppressed } from './door-checks';
import { dateOf, hasSameValues } from './sync-values';
import { refused, type UpsertContext } from './upsert-context';

/**
 * Makes the contact's current decision on `channel` follow its latest event:
 * MarketingPermission and MarketingPermissionEvent are written together.
 */
export async function refreshCurrentPermission(
  tx: Tx,
  contactId: string,
  channel: PermissionEventRecord['channel'],
): Promise<void> {
  const latest = await tx.marketingPermissionEvent.findFirst({
    where: { contactId, channel },
    orderBy: [{ decidedAt: 'desc' }, { id: 'desc' }],
  });
  if (!latest) return;
  const current = { decision: latest.decision, decidedAt: latest.decidedAt, method: latest.method };
  await tx.marketingPermission.upsert({
    where: { contactId_channel: { contactId, channel } },
    create: { contactId, channel, ...current },
    update: current,
  });
}

/**
 * Direct-marketing permissions and prohibitions as history, by externalId. A
 * permission for a suppressed email or phone is refused: an erasure or an
 * objection must not be undone by a nightly sync (Art. 17, 21(3)).
 */
export async function upsertPermissionEvents(
  u: UpsertContext,
  records: PermissionEventRecord[],
  recordedById: string | null = null,
): Promise<SyncRecordResult[]> {
  const { tx } = u;
  const contacts = await tx.marketingContact.findMany({
    where: { externalId: { in: records.map((r) => r.contactExternalId) } },
    select: { id: true, externalId: true, email: true, phone: true },
  });
  const contactByExternalId = new Map(contacts.map((c) => [c.externalId as string, c]));
  const existing = await tx.marketingPermissionEvent.findMany({
    where: { externalId: { in: records.map((r) => r.externalId) } },
  });
  const byExternalId = new Map(existing.map((row) => [row.externalId as string, row]));
  const restricted = await findRestrictedIds(
    tx,
    'marketing_contact',
    contacts.map((c) => c.id),
  );
  const results: SyncRecordResult[] = [];
  for (const record of records) {
    const contact = contactByExternalId.get(record.contactExternalId);
    if (!contact) {
      results.push(refused(u, record.externalId, 'reference_missing'));
      continue;
    }
    const data = {
      contactId: contact.id,
      channel: record.channel,
      decision: record.decision,
      decidedAt: dateOf(record.decidedAt),
      method: record.source,
      note: record.note ?? null,
      sourceDetail: record.sourceDetail ?? null,
    };
    const row = byExternalId.get(record.externalId);
    if (row && hasSameValues(row, data)) {
      results.push({
        externalId: record.externalId,
        outcome: 'unchanged',
        id: row.id,
        isRestricted: restricted.has(contact.id),
      });
      continue;
    }
    if (record.decision === 'granted' && (await isSuppressed(tx, u.ctx, contact, record.channel))) {
      results.push(refused(u, record.externalId, 'suppressed'));
      continue;
    }
    const id = row
      ? (await tx.marketingPermissionEvent.update({ where: { id: row.id }, data })).id
      : (
          await tx.marketingPermissionEvent.create({
            data: { externalId: record.externalId, ...data, recordedById },
            select: { id: true },
          })
        ).id;
    await refreshCurrentPermission(tx, contact.id, record.channel);
    if (row && (row.contactId !== contact.id || row.channel !== record.channel)) {
      await refreshCurrentPermission(tx, row.contactId, row.channel);
    }
    results.push({
      externalId: record.externalId,
      outcome: row ? 'updated' : 'created',
      id,
      isRestricted: restricted.has(contact.id),
    });
  }
  return results;
}
