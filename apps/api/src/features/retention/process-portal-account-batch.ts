import { portalDeletableOn, toLocalDate } from '@oikeus/domain';
import { appendAuditEntries } from '../audit/append-audit-entries';
import {
  retentionAuditDetails,
  type RetentionBatchResult,
  type RetentionBatchScope,
} from './retention-batch';
import { portalRuleId, type RetentionItem, type RetentionKept } from './retention-item';

/**
 * One page of accounts in id order. An account (name, email, phone) is kept
 * while any of its requests is; once none is left and the person has not
 * signed in for PORTAL_REQUEST_RETENTION_YEARS, it goes with its sessions
 * (the notice; GDPR Art. 5(1)(e)). Runs after the request pass, so an account
 * whose last request went today goes in the same run.
 */
export async function processPortalAccountBatch(
  scope: RetentionBatchScope,
  afterId: string | null,
  size: number,
): Promise<RetentionBatchResult> {
  const { tx, ctx } = scope;
  const timeZone = ctx.env.CONTROLLER_TIME_ZONE;
  const accounts = await tx.account.findMany({
    where: afterId === null ? {} : { id: { gt: afterId } },
    orderBy: { id: 'asc' },
    take: size,
    select: {
      id: true,
      createdAt: true,
      requests: { select: { id: true } },
      // Each sign-in starts a session and clears the expired ones, so the newest is the last sign-in.
      sessions: { orderBy: { createdAt: 'desc' }, take: 1, select: { createdAt: true } },
    },
  });
  if (accounts.length === 0) return { lastId: null, items: [], kept: [] };

  const items: RetentionItem[] = [];
  const kept: RetentionKept[] = [];
  const lastSeenOf = new Map<string, Date>();
  for (const account of accounts) {
    if (account.requests.some((request) => !scope.requestsGone.has(request.id))) {
      kept.push({ recordType: 'portal_account', reason: 'account_has_requests' });
      continue;
    }
    const lastSignIn = account.sessions[0]?.createdAt;
    const lastSeen =
      lastSignIn !== undefined && lastSignIn > account.createdAt ? lastSignIn : account.createdAt;
    lastSeenOf.set(account.id, lastSeen);
    const deletableOn = portalDeletableOn(
      'portal_account',
      toLocalDate(lastSeen, timeZone),
      scope.portalRetention,
    );
    if (deletableOn > scope.today) {
      kept.push({ recordType: 'portal_account', reason: 'retention_period_running', deletableOn });
      continue;
    }
    items.push({
      recordType: 'portal_account',
      recordId: account.id,
      action: 'delete',
      ruleId: portalRuleId('portal_account'),
      deletableSince: deletableOn,
      reason: 'retention_period_expired',
    });
  }

  if (!scope.isDryRun && items.length > 0) {
    const deleted: RetentionItem[] = [];
    for (const item of items) {
      const lastSeen = lastSeenOf.get(item.recordId) ?? scope.now;
      // Only if nothing changed since it was read: no new request, no new sign-in.
      const stillDue = {
        id: item.recordId,
        requests: { none: {} },
        sessions: { none: { createdAt: { gt: lastSeen } } },
      };
      // Its sessions go with it (foreign key ON DELETE CASCADE on both databases).
      const gone = await tx.account.deleteMany({ where: stillDue });
      if (gone.count === 1) deleted.push(item);
    }
    items.splice(0, items.length, ...deleted);
    await appendAuditEntries(
      tx,
      ctx.db,
      items.map((item) => ({
        at: scope.now,
        actorType: 'system' as const,
        action: 'retention.delete' as const,
        recordType: 'portal_account',
        recordId: item.recordId,
        details: retentionAuditDetails(scope, item, {}),
      })),
    );
  }
  return { lastId: accounts.at(-1)?.id ?? null, items, kept };
}
