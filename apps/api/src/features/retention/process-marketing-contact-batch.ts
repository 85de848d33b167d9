import {
  evaluateRetention,
  toLocalDate,
  type MarketingContactRetentionFacts,
} from '@oikeus/domain';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { addSuppressions } from '../../registers/suppression-hash';
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
 * customer is kept; a former customer's contact goes with the customer's data
 * (the notice: five years after the relationship ended at the latest); the
 * description's marketing rule decides the rest. Permissions and their
 * history go with the contact (database cascade). A contact that carries a
 * prohibition leaves a suppression entry behind first, so the person is never
 * marketed to again once the record is gone (GDPR Art. 21(3)).
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
      email: true,
      phone: true,
      customer: { select: { relationshipEndedOn: true, anonymizedAt: true } },
      permissions: { where: { decision: 'prohibited' }, select: { channel: true } },
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
      customerRelationshipEndedOn: customerEndOf(contact.customer, timeZone),
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
    // Art. 21(3): a prohibition outlives the record. Written in the same
    // transaction as the deletion, so neither happens without the other.
    const suppressionsOf = new Map<string, string[]>();
    for (const contact of contacts) {
      if (!ids.includes(contact.id) || contact.permissions.length === 0) continue;
      suppressionsOf.set(
        contact.id,
        await addSuppressions(tx, ctx, {
          email: contact.email,
          phone: contact.phone,
          reason: 'retention_prohibition_kept',
          requestId: null,
          at: scope.now,
        }),
      );
    }
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
          suppressionsRecorded: suppressionsOf.get(item.recordId) ?? [],
        }),
      });
    }
  }
  return { lastId: contacts.at(-1)?.id ?? null, items, kept };
}

/** The day a linked customer's relationship ended, or it was anonymised; null while ongoing or unlinked. */
function customerEndOf(
  customer: { relationshipEndedOn: Date | null; anonymizedAt: Date | null } | null,
  timeZone: string,
): string | null {
  const ended = customer?.relationshipEndedOn ?? customer?.anonymizedAt ?? null;
  return ended === null ? null : toLocalDate(ended, timeZone);
}
