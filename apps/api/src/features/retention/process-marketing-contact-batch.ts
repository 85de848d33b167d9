import {
  evaluateRetention,
  toLocalDate,
  type MarketingContactRetentionFacts,
} from '@oikeus/domain';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { loadRestrictionStates } from './restriction-grounds';
import {
  countBy,
  endRestrictionsOf,
  retentionAuditDetails,
  type RetentionBatchResult,
  type RetentionBatchScope,
} from './retention-batch';
import {
  deletableSinceOf,
  keptReasonOf,
  type RetentionItem,
  type RetentionKept,
} from './retention-item';

/**
 * One page of marketing contacts in id order. A contact who is also a current
 * customer is kept; otherwise the description's marketing rule (Inope Oy's own
 * period after the last activity) decides. Permissions and their history go
 * with the contact (database cascade). Suppressions are not added: the person
 * did not object, their data simply reached the end of its period.
 */
export async function processMarketingContactBatch(
  scope: RetentionBatchScope,
  afterId: string | null,
  size: number,
): Promise<RetentionBatchResult> {
  const { tx, ctx } = scope;
  const timeZone = ctx.env.CONTROLLER_TIME_ZONE;
  const contacts = await tx.marketingContact.findMany({
    where: afterId === null ? {} : { id: { gt: afterId } },
    orderBy: { id: 'asc' },
    take: size,
    select: {
      id: true,
      lastActivityOn: true,
      customer: { select: { relationshipEndedOn: true, anonymizedAt: true } },
    },
  });
  if (contacts.length === 0) return { lastId: null, items: [], kept: [] };
  const restrictionOf = await loadRestrictionStates(tx, {
    marketing_contact: contacts.map((c) => c.id),
  });
  const facts: MarketingContactRetentionFacts[] = contacts.map((contact) => {
    const restriction = restrictionOf('marketing_contact', contact.id);
    return {
      id: contact.id,
      lastActivityOn: toLocalDate(contact.lastActivityOn, timeZone),
      hasCustomerRelationship:
        contact.customer !== null &&
        contact.customer.relationshipEndedOn === null &&
        contact.customer.anonymizedAt === null,
      hasActiveRestriction: restriction.hasActiveRestriction,
      restrictionRequiresKeeping: restriction.restrictionRequiresKeeping,
    };
  });
  const decisions = evaluateRetention({
    rules: scope.rules,
    records: { marketingContacts: facts },
    today: scope.today,
  });

  const items: RetentionItem[] = [];
  const kept: RetentionKept[] = [];
  for (const decision of decisions) {
    if (decision.action === 'keep') {
      kept.push({ recordType: 'marketing_contact', reason: keptReasonOf(decision.reason.code) });
      continue;
    }
    items.push({
      recordType: 'marketing_contact',
      recordId: decision.recordId,
      action: 'delete',
      ruleId: decision.reason.ruleId,
      deletableSince: deletableSinceOf(decision),
      reason: 'retention_period_expired',
    });
  }

  if (!scope.isDryRun && items.length > 0) {
    const ids = items.map((item) => item.recordId);
    const permissions = countBy(
      await tx.marketingPermission.findMany({
        where: { contactId: { in: ids } },
        select: { contactId: true },
      }),
      (p) => p.contactId,
    );
    const history = countBy(
      await tx.marketingPermissionEvent.findMany({
        where: { contactId: { in: ids } },
        select: { contactId: true },
      }),
      (e) => e.contactId,
    );
    await tx.marketingContact.deleteMany({ where: { id: { in: ids } } });
    for (const item of items) {
      const restrictionsEnded = await endRestrictionsOf(
        scope,
        restrictionOf('marketing_contact', item.recordId).restrictionIds,
      );
      await appendAuditEntry(tx, ctx.db, {
        at: scope.now,
        actorType: 'system',
        action: 'retention.delete',
        recordType: 'marketing_contact',
        recordId: item.recordId,
        details: retentionAuditDetails(scope, item, {
          permissionsDeleted: permissions.get(item.recordId) ?? 0,
          permissionEventsDeleted: history.get(item.recordId) ?? 0,
          restrictionsEnded,
        }),
      });
    }
  }
  return { lastId: contacts.at(-1)?.id ?? null, items, kept };
}
