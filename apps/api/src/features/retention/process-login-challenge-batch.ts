import { portalDeletableOn, toLocalDate } from '@oikeus/domain';
import { appendAuditEntries } from '../audit/append-audit-entries';
import {
  retentionAuditDetails,
  type RetentionBatchResult,
  type RetentionBatchScope,
} from './retention-batch';
import { portalRuleId, type RetentionItem, type RetentionKept } from './retention-item';

/**
 * One page of one-time sign-up and sign-in codes in id order. A code is
 * useless once it expires; a day later it goes, and with it the name and phone
 * of a sign-up that was never completed (the notice; GDPR Art. 5(1)(c), (e)).
 */
export async function processLoginChallengeBatch(
  scope: RetentionBatchScope,
  afterId: string | null,
  size: number,
): Promise<RetentionBatchResult> {
  const { tx, ctx } = scope;
  const timeZone = ctx.env.CONTROLLER_TIME_ZONE;
  const challenges = await tx.loginChallenge.findMany({
    where: afterId === null ? {} : { id: { gt: afterId } },
    orderBy: { id: 'asc' },
    take: size,
    select: { id: true, expiresAt: true },
  });
  if (challenges.length === 0) return { lastId: null, items: [], kept: [] };

  const items: RetentionItem[] = [];
  const kept: RetentionKept[] = [];
  for (const challenge of challenges) {
    const deletableOn = portalDeletableOn(
      'login_challenge',
      toLocalDate(challenge.expiresAt, timeZone),
      scope.portalRetention,
    );
    if (deletableOn > scope.today) {
      kept.push({ recordType: 'login_challenge', reason: 'retention_period_running', deletableOn });
      continue;
    }
    items.push({
      recordType: 'login_challenge',
      recordId: challenge.id,
      action: 'delete',
      ruleId: portalRuleId('login_challenge'),
      deletableSince: deletableOn,
      reason: 'retention_period_expired',
    });
  }

  if (!scope.isDryRun && items.length > 0) {
    await tx.loginChallenge.deleteMany({ where: { id: { in: items.map((i) => i.recordId) } } });
    await appendAuditEntries(
      tx,
      ctx.db,
      items.map((item) => ({
        at: scope.now,
        actorType: 'system' as const,
        action: 'retention.delete' as const,
        recordType: 'login_challenge',
        recordId: item.recordId,
        details: retentionAuditDetails(scope, item, {}),
      })),
    );
  }
  return { lastId: challenges.at(-1)?.id ?? null, items, kept };
}
