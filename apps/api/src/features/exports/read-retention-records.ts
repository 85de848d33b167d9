import {
  evaluateRetention,
  type CustomerRetentionFacts,
  type RestrictionFacts,
  type RetentionDecision,
} from '@oikeus/domain';
import type { ExportRecordRow } from '@oikeus/contracts';
import type { Db } from '../../db/client';
import { localDate, localDateOrNull } from './export-values';
import type { ExportScope } from './load-export-scope';
import { inBatches, pageByCursor, type RecordPages } from './page-by-cursor';

/**
 * Restriction grounds that oblige the controller to keep the data even past
 * its retention period: the subject chose restriction over erasure
 * (Art. 18(1)(b)) or needs the data for legal claims (Art. 18(1)(c)).
 */
const KEEPING_GROUNDS = new Set(['art18_1_b', 'art18_1_c']);

type RecordType = 'customer' | 'invoice' | 'marketing_contact';

async function restrictionFacts(
  prisma: Db,
  recordType: RecordType,
  ids: readonly string[],
): Promise<Map<string, RestrictionFacts>> {
  const facts = new Map<string, RestrictionFacts>();
  for (const batch of inBatches(ids)) {
    const active = await prisma.restriction.findMany({
      where: { recordType, recordId: { in: batch }, liftedAt: null },
      select: { recordId: true, ground: true },
    });
    for (const r of active) {
      const previous = facts.get(r.recordId);
      facts.set(r.recordId, {
        hasActiveRestriction: true,
        restrictionRequiresKeeping:
          (previous?.restrictionRequiresKeeping ?? false) || KEEPING_GROUNDS.has(r.ground),
      });
    }
  }
  return facts;
}

const unrestricted: RestrictionFacts = {
  hasActiveRestriction: false,
  restrictionRequiresKeeping: false,
};

function toRow(decision: RetentionDecision): ExportRecordRow<'retention'> {
  return {
    recordType: decision.recordType,
    recordId: decision.recordId,
    ruleId: decision.reason.ruleId,
    deleteOn: decision.deleteOn ?? null,
    reasonCode: decision.reason.code,
  };
}

/**
 * GDPR Art. 15(1)(d): the storage period as it applies to this person's
 * records — a concrete first day of deletion per record, computed by the same
 * domain rules the retention job uses (evaluateRetention), so what the
 * subject is told is what will happen.
 */
export async function* readRetention(prisma: Db, scope: ExportScope): RecordPages<'retention'> {
  const tz = scope.timeZone;
  const rules = scope.retentionRules;
  const customerRestrictions = await restrictionFacts(prisma, 'customer', scope.customerIds);
  const customers: CustomerRetentionFacts[] = scope.customers.map((c) => ({
    id: c.id,
    relationshipEndedOn: localDateOrNull(c.relationshipEndedOn, tz),
    ...(customerRestrictions.get(c.id) ?? unrestricted),
  }));
  if (customers.length > 0) {
    yield evaluateRetention({ rules, records: { customers }, today: scope.today }).map(toRow);
  }

  // Vouchers are kept until the later of their own period and their customer's (evaluateRetention).
  for await (const page of pageByCursor((args) =>
    prisma.invoice.findMany({
      where: { customerId: { in: scope.customerIds } },
      orderBy: [{ issuedOn: 'asc' }, { number: 'asc' }, { id: 'asc' }],
      select: { id: true, customerId: true, financialYearEnd: true },
      ...args,
    }),
  )) {
    const restrictions = await restrictionFacts(
      prisma,
      'invoice',
      page.map((i) => i.id),
    );
    const decisions = evaluateRetention({
      rules,
      records: {
        customers,
        invoices: page.map((i) => ({
          id: i.id,
          customerId: i.customerId,
          financialYearEnd: localDate(i.financialYearEnd, tz),
          ...(restrictions.get(i.id) ?? unrestricted),
        })),
      },
      today: scope.today,
    });
    yield decisions.filter((d) => d.recordType === 'invoice').map(toRow);
  }

  if (scope.contactIds.length > 0) {
    const contacts = await prisma.marketingContact.findMany({
      where: { id: { in: scope.contactIds } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        lastActivityOn: true,
        customer: { select: { relationshipEndedOn: true, anonymizedAt: true } },
      },
    });
    const restrictions = await restrictionFacts(prisma, 'marketing_contact', scope.contactIds);
    const decisions = evaluateRetention({
      rules,
      records: {
        marketingContacts: contacts.map((c) => ({
          id: c.id,
          lastActivityOn: localDate(c.lastActivityOn, tz),
          // A current customer follows the customer rule; the marketing period starts when that ends.
          hasCustomerRelationship:
            c.customer !== null &&
            c.customer.relationshipEndedOn === null &&
            c.customer.anonymizedAt === null,
          // A former customer's contact goes with the customer's data.
          customerRelationshipEndedOn: c.customer
            ? localDateOrNull(c.customer.relationshipEndedOn ?? c.customer.anonymizedAt, tz)
            : null,
          ...(restrictions.get(c.id) ?? unrestricted),
        })),
      },
      today: scope.today,
    });
    yield decisions.map(toRow);
  }
}
