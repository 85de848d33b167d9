import {
  type Locale,
  type MarketingChannel,
  type ObjectionPreview,
  type WriteResult,
} from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../errors/app-error';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { changeRequest } from '../request-core/change-request';
import { loadRequestForWrite } from '../request-core/load-request-for-write';
import { actionTexts, channelLabel, subjectLocale } from './action-texts';
import { assertHasRecords } from './confirmed-records';
import { isLegitimateInterestsObjection } from './objection-kind';
import { previewObjection } from './preview-objection';
import { addChannelSuppressions } from '../../registers/suppression-hash';

/**
 * GDPR Art. 21(2)–(3): direct marketing stops at once on the chosen channels
 * of every confirmed marketing contact. Idempotent — the portal may already
 * have prohibited them at submission; a channel already prohibited is left
 * alone. Each contact's email and phone go on the do-not-market list for each
 * chosen channel, so the person is not added back from another source.
 */
export async function applyObjection(
  ctx: AppContext,
  input: {
    requestId: string;
    version: number;
    staffId: string;
    channels?: MarketingChannel[] | undefined;
  },
  /** Language of the preview in the answer (the handler's). */
  staffLocale: Locale,
): Promise<WriteResult & { preview: ObjectionPreview }> {
  return inTransaction(ctx.db, async (tx) => {
    const request = await loadRequestForWrite(tx, input);
    // An objection to processing on legitimate interests (Art. 21(1)) is assessed, not applied
    // to marketing: the person did not ask for that.
    if (isLegitimateInterestsObjection(request)) {
      throw new AppError('ILLEGAL_TRANSITION', 'objection.notDirectMarketing');
    }
    const { preview, records } = await previewObjection(
      ctx,
      tx,
      { requestId: request.id, channels: input.channels },
      staffLocale,
    );
    assertHasRecords(records, ['marketing_contact']);
    const now = ctx.clock.now();

    for (const contact of preview.contacts) {
      const changed = contact.changes.filter((c) => c.isChange);
      for (const change of changed) {
        await tx.marketingPermission.upsert({
          where: { contactId_channel: { contactId: contact.recordId, channel: change.channel } },
          create: {
            contactId: contact.recordId,
            channel: change.channel,
            decision: 'prohibited',
            decidedAt: now,
            method: 'portal',
          },
          update: { decision: 'prohibited', decidedAt: now, method: 'portal' },
        });
        await tx.marketingPermissionEvent.create({
          data: {
            contactId: contact.recordId,
            channel: change.channel,
            decision: 'prohibited',
            decidedAt: now,
            method: 'portal',
            note: 'GDPR Art. 21(3) objection to direct marketing',
            requestId: request.id,
          },
        });
      }
      const row = records.contacts.find((c) => c.id === contact.recordId);
      const suppressed = row
        ? [
            ...new Set(
              (
                await addChannelSuppressions(tx, ctx, {
                  email: row.email,
                  phone: row.phone,
                  channels: preview.channels,
                  reason: 'objection_art21',
                  requestId: request.id,
                  at: now,
                })
              ).map((entry) => entry.kind),
            ),
          ]
        : [];
      if (changed.length === 0 && suppressed.length === 0) continue;
      await appendAuditEntry(tx, ctx.db, {
        at: now,
        actorType: 'staff',
        actorId: input.staffId,
        action: 'marketing.prohibited',
        requestId: request.id,
        recordType: 'marketing_contact',
        recordId: contact.recordId,
        details: {
          before: Object.fromEntries(changed.map((c) => [c.channel, c.current])),
          after: Object.fromEntries(changed.map((c) => [c.channel, 'prohibited'])),
          suppressions: suppressed,
        },
      });
    }

    const locale = subjectLocale(request.locale);
    const { version } = await changeRequest(tx, ctx, request, {
      actor: { type: 'staff', id: input.staffId },
      event: {
        type: 'objection_applied',
        data: { channels: preview.channels, contacts: preview.contacts.length },
      },
      subjectMessage: {
        body: actionTexts.objectionDone[locale](
          preview.channels.map((c) => channelLabel(c, locale)).join(', '),
        ),
        mailDedupeKey: `objection:${request.id}:${request.version + 1}`,
      },
    });
    return { requestId: request.id, version, preview };
  });
}
