import { portalDeletableOn, toLocalDate } from '@oikeus/domain';
import { appendAuditEntries } from '../audit/append-audit-entries';
import {
  retentionAuditDetails,
  type RetentionBatchResult,
  type RetentionBatchScope,
} from './retention-batch';
import { portalRuleId, type RetentionItem, type RetentionKept } from './retention-item';

/**
 * One page of files still held, in id order. No file outlives the closing of
 * its request (the notice: identity documents and other attachments are not
 * kept once the request is handled). Closing a request deletes its files at
 * once (request-core); this pass finds any a closing left behind, such as
 * those of requests closed before the rule existed. The row stays, marked
 * deleted, so the subject and the handler see what happened.
 */
export async function processRequestAttachmentBatch(
  scope: RetentionBatchScope,
  afterId: string | null,
  size: number,
): Promise<RetentionBatchResult> {
  const { tx, ctx } = scope;
  const timeZone = ctx.env.CONTROLLER_TIME_ZONE;
  const files = await tx.attachment.findMany({
    where: { deletedAt: null, ...(afterId === null ? {} : { id: { gt: afterId } }) },
    orderBy: { id: 'asc' },
    take: size,
    select: { id: true, requestId: true, request: { select: { closedAt: true } } },
  });
  if (files.length === 0) return { lastId: null, items: [], kept: [] };

  const items: RetentionItem[] = [];
  const kept: RetentionKept[] = [];
  for (const file of files) {
    // Gone with its request in this run (a dry run only pretends): not counted twice.
    if (scope.requestsGone.has(file.requestId)) continue;
    if (file.request.closedAt === null) {
      kept.push({ recordType: 'request_attachment', reason: 'request_open' });
      continue;
    }
    items.push({
      recordType: 'request_attachment',
      recordId: file.id,
      action: 'delete',
      ruleId: portalRuleId('request_attachment'),
      deletableSince: portalDeletableOn(
        'request_attachment',
        toLocalDate(file.request.closedAt, timeZone),
        scope.portalRetention,
      ),
      reason: 'request_closed',
    });
  }

  if (!scope.isDryRun && items.length > 0) {
    await tx.attachment.updateMany({
      where: { id: { in: items.map((item) => item.recordId) }, deletedAt: null },
      data: { content: new Uint8Array(0), deletedAt: scope.now, deletedReason: 'request_closed' },
    });
    const requestOf = new Map(files.map((file) => [file.id, file.requestId]));
    await appendAuditEntries(
      tx,
      ctx.db,
      items.map((item) => ({
        at: scope.now,
        actorType: 'system' as const,
        action: 'retention.delete' as const,
        requestId: requestOf.get(item.recordId) ?? null,
        recordType: 'request_attachment',
        recordId: item.recordId,
        details: retentionAuditDetails(scope, item, { fileContentDeleted: true }),
      })),
    );
  }
  return { lastId: files.at(-1)?.id ?? null, items, kept };
}
