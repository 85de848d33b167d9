import { portalDeletableOn, toLocalDate } from '@oikeus/domain';
import { appendAuditEntries } from '../audit/append-audit-entries';
import {
  countBy,
  retentionAuditDetails,
  type RetentionBatchResult,
  type RetentionBatchScope,
} from './retention-batch';
import { portalRuleId, type RetentionItem, type RetentionKept } from './retention-item';

/**
 * One page of requests in id order. A closed request goes with everything
 * that hangs on it — export packages and their chunks, files, messages and
 * notes, timeline, pauses, record links, Art. 19 notices and reminders — once
 * PORTAL_REQUEST_RETENTION_YEARS have passed since it closed (the notice; GDPR
 * Art. 5(1)(e)). Until then it shows how the request was handled (Art. 5(2)).
 *
 * The children are deleted explicitly, leaves first, rather than left to the
 * cascades, so both databases do the same in the same order and the audit
 * entry can say what went. Audit entries stay: they name the request by its
 * id as a string only, and the chain is append-only.
 */
export async function processPortalRequestBatch(
  scope: RetentionBatchScope,
  afterId: string | null,
  size: number,
): Promise<RetentionBatchResult> {
  const { tx, ctx } = scope;
  const timeZone = ctx.env.CONTROLLER_TIME_ZONE;
  const requests = await tx.rightsRequest.findMany({
    where: afterId === null ? {} : { id: { gt: afterId } },
    orderBy: { id: 'asc' },
    take: size,
    select: { id: true, reference: true, closedAt: true },
  });
  if (requests.length === 0) return { lastId: null, items: [], kept: [] };

  const items: RetentionItem[] = [];
  const kept: RetentionKept[] = [];
  for (const request of requests) {
    if (request.closedAt === null) {
      kept.push({ recordType: 'portal_request', reason: 'request_open' });
      continue;
    }
    const deletableOn = portalDeletableOn(
      'portal_request',
      toLocalDate(request.closedAt, timeZone),
      scope.portalRetention,
    );
    if (deletableOn > scope.today) {
      kept.push({ recordType: 'portal_request', reason: 'retention_period_running', deletableOn });
      continue;
    }
    items.push({
      recordType: 'portal_request',
      recordId: request.id,
      action: 'delete',
      ruleId: portalRuleId('portal_request'),
      deletableSince: deletableOn,
      reason: 'retention_period_expired',
    });
  }
  for (const item of items) scope.requestsGone.add(item.recordId);

  if (!scope.isDryRun && items.length > 0) {
    const ids = items.map((item) => item.recordId);
    const inRequests = { requestId: { in: ids } };
    const exports = await tx.export.findMany({
      where: inRequests,
      select: { id: true, requestId: true },
    });
    const exportIds = exports.map((e) => e.id);
    const chunksOf = countBy(
      await tx.exportChunk.findMany({
        where: { exportId: { in: exportIds } },
        select: { exportId: true },
      }),
      (c) => c.exportId,
    );
    const messages = countBy(
      await tx.requestMessage.findMany({ where: inRequests, select: { requestId: true } }),
      (m) => m.requestId,
    );
    const attachments = countBy(
      await tx.attachment.findMany({ where: inRequests, select: { requestId: true } }),
      (a) => a.requestId,
    );
    const events = countBy(
      await tx.requestEvent.findMany({ where: inRequests, select: { requestId: true } }),
      (e) => e.requestId,
    );

    // Leaves first: every row goes before the row its foreign key points to.
    await tx.exportChunk.deleteMany({ where: { exportId: { in: exportIds } } });
    await tx.export.deleteMany({ where: inRequests });
    await tx.attachment.deleteMany({ where: inRequests });
    await tx.requestMessage.deleteMany({ where: inRequests });
    await tx.requestEvent.deleteMany({ where: inRequests });
    await tx.requestSuspension.deleteMany({ where: inRequests });
    await tx.requestRecordLink.deleteMany({ where: inRequests });
    await tx.recipientNotice.deleteMany({ where: inRequests });
    await tx.reminder.deleteMany({ where: inRequests });
    await tx.rightsRequest.deleteMany({ where: { id: { in: ids } } });

    const referenceOf = new Map(requests.map((r) => [r.id, r.reference]));
    await appendAuditEntries(
      tx,
      ctx.db,
      items.map((item) => {
        const ofRequest = exports.filter((e) => e.requestId === item.recordId);
        return {
          at: scope.now,
          actorType: 'system' as const,
          action: 'retention.delete' as const,
          requestId: item.recordId,
          recordType: 'portal_request',
          recordId: item.recordId,
          // The reference is the request's own identifier, not personal data.
          details: retentionAuditDetails(scope, item, {
            reference: referenceOf.get(item.recordId) ?? null,
            messagesDeleted: messages.get(item.recordId) ?? 0,
            attachmentsDeleted: attachments.get(item.recordId) ?? 0,
            eventsDeleted: events.get(item.recordId) ?? 0,
            exportsDeleted: ofRequest.length,
            exportChunksDeleted: ofRequest.reduce((n, e) => n + (chunksOf.get(e.id) ?? 0), 0),
          }),
        };
      }),
    );
  }
  return { lastId: requests.at(-1)?.id ?? null, items, kept };
}
