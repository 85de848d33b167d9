import { portalDeletableOn, toLocalDate } from '@oikeus/domain';
import { appendAuditEntries } from '../audit/append-audit-entries';
import {
  retentionAuditDetails,
  type RetentionBatchResult,
  type RetentionBatchScope,
} from './retention-batch';
import { portalRuleId, type RetentionItem, type RetentionKept } from './retention-item';

type MailRow = { id: string; sentOn: Date };

/**
 * Sent mail is only a notification: what it says is in the portal. Its body
 * (and its address) goes PORTAL_MAIL_RETENTION_DAYS after sending (the notice;
 * GDPR Art. 5(1)(c), (e)). Mail still waiting or given up on stays in the
 * outbox, where admins see it (nothing is silently lost).
 */
export async function processOutboxMailBatch(
  scope: RetentionBatchScope,
  afterId: string | null,
  size: number,
): Promise<RetentionBatchResult> {
  const rows = await scope.tx.outboxMessage.findMany({
    where: { status: 'sent', ...(afterId === null ? {} : { id: { gt: afterId } }) },
    orderBy: { id: 'asc' },
    take: size,
    select: { id: true, sentAt: true, createdAt: true },
  });
  return processMailRows(
    scope,
    rows.map((row) => ({ id: row.id, sentOn: row.sentAt ?? row.createdAt })),
    'outbox_message',
    (ids) => scope.tx.outboxMessage.deleteMany({ where: { id: { in: ids }, status: 'sent' } }),
  );
}

/** The local mailbox (MAIL_TRANSPORT=local) keeps what it "sent": the same period applies. */
export async function processLocalMailBatch(
  scope: RetentionBatchScope,
  afterId: string | null,
  size: number,
): Promise<RetentionBatchResult> {
  const rows = await scope.tx.localMail.findMany({
    where: afterId === null ? {} : { id: { gt: afterId } },
    orderBy: { id: 'asc' },
    take: size,
    select: { id: true, createdAt: true },
  });
  return processMailRows(
    scope,
    rows.map((row) => ({ id: row.id, sentOn: row.createdAt })),
    'local_mail',
    (ids) => scope.tx.localMail.deleteMany({ where: { id: { in: ids } } }),
  );
}

async function processMailRows(
  scope: RetentionBatchScope,
  rows: readonly MailRow[],
  table: 'outbox_message' | 'local_mail',
  deleteRows: (ids: string[]) => Promise<unknown>,
): Promise<RetentionBatchResult> {
  if (rows.length === 0) return { lastId: null, items: [], kept: [] };
  const timeZone = scope.ctx.env.CONTROLLER_TIME_ZONE;
  const items: RetentionItem[] = [];
  const kept: RetentionKept[] = [];
  for (const row of rows) {
    const deletableOn = portalDeletableOn(
      'sent_mail',
      toLocalDate(row.sentOn, timeZone),
      scope.portalRetention,
    );
    if (deletableOn > scope.today) {
      kept.push({ recordType: 'sent_mail', reason: 'retention_period_running', deletableOn });
      continue;
    }
    items.push({
      recordType: 'sent_mail',
      recordId: row.id,
      action: 'delete',
      ruleId: portalRuleId('sent_mail'),
      deletableSince: deletableOn,
      reason: 'retention_period_expired',
    });
  }
  if (!scope.isDryRun && items.length > 0) {
    await deleteRows(items.map((item) => item.recordId));
    await appendAuditEntries(
      scope.tx,
      scope.ctx.db,
      items.map((item) => ({
        at: scope.now,
        actorType: 'system' as const,
        action: 'retention.delete' as const,
        // The table it was in; the item's type is the notice's category.
        recordType: table,
        recordId: item.recordId,
        details: retentionAuditDetails(scope, item, {}),
      })),
    );
  }
  return { lastId: rows.at(-1)?.id ?? null, items, kept };
}
