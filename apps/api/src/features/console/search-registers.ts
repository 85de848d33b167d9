import type { RegisterSearchHit, RegisterSearchResponse } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import type { Prisma } from '../../generated/sqlite/client';
import { findRestrictedIds } from '../../registers/active-restrictions';
import { idsByName, idsByPhone } from './register-search-keys';
import {
  normaliseEmail,
  postalCodeIn,
  scoreRegisterMatch,
  type MatchQuery,
} from '../../registers/score-register-match';
import { insensitive } from './text-match';

const CANDIDATES_PER_REGISTER = 300;
const MAX_HITS = 50;
/** `localeCompare(…, 'fi')` builds a collator on every call; one is enough. */
const finnishOrder = new Intl.Collator('fi');

/**
 * Where clauses that find candidates cheaply; scoring in JS then decides what
 * matched. Phone and name candidates come as id lists from the indexed
 * lookups (register-search-keys.ts); every other clause is on a column.
 */
function candidateConditions(
  ctx: AppContext,
  query: MatchQuery,
  idsFound: string[] | null,
): Array<Record<string, unknown>> {
  const p = ctx.db.provider;
  const or: Array<Record<string, unknown>> = [];
  if (query.email) or.push({ email: normaliseEmail(query.email) });
  if (idsFound?.length) or.push({ id: { in: idsFound } });
  if (query.company && query.company.trim().length >= 2) {
    or.push({ company: insensitive(p, 'contains', query.company.trim().split(/\s+/)[0] ?? '') });
  }
  if (query.address) {
    const postal = postalCodeIn(query.address);
    const street = query.address.split(',')[0]?.trim().split(/\s+/)[0] ?? '';
    if (postal) or.push({ postalCode: postal });
    else if (street.length >= 3) or.push({ streetAddress: insensitive(p, 'startsWith', street) });
  }
  return or;
}

/** Candidates by phone and by name from the expression indexes; null when neither was asked. */
async function indexedCandidateIds(
  ctx: AppContext,
  register: 'Customer' | 'MarketingContact',
  query: MatchQuery,
): Promise<string[] | null> {
  const lookups: Array<Promise<string[]>> = [];
  // Fewer than four digits is not a phone number worth a lookup.
  if (query.phone && query.phone.replace(/[^0-9]/g, '').length >= 4) {
    lookups.push(idsByPhone(ctx.db.prisma, register, query.phone, CANDIDATES_PER_REGISTER));
  }
  if (query.name) {
    lookups.push(
      idsByName(ctx.db.prisma, ctx.db.provider, register, query.name, CANDIDATES_PER_REGISTER),
    );
  }
  if (lookups.length === 0) return null;
  return [...new Set((await Promise.all(lookups)).flat())];
}

/**
 * Finds a person's records in both registers and scores each match (see
 * `scoreRegisterMatch`). Nothing is excluded: restricted records are shown
 * with a flag, because the handler must see them to honour the restriction.
 */
export async function searchRegisters(
  ctx: AppContext,
  query: MatchQuery,
  options: { requestId?: string | undefined } = {},
): Promise<RegisterSearchResponse> {
  const prisma = ctx.db.prisma;
  const [customersByKey, contactsByKey] = await Promise.all([
    indexedCandidateIds(ctx, 'Customer', query),
    indexedCandidateIds(ctx, 'MarketingContact', query),
  ]);
  const customerOr = candidateConditions(ctx, query, customersByKey);
  const contactOr = candidateConditions(ctx, query, contactsByKey);
  if (customerOr.length === 0 && contactOr.length === 0) return { items: [], isTruncated: false };
  const [customers, contacts] = await Promise.all([
    customerOr.length
      ? prisma.customer.findMany({
          where: { OR: customerOr as Prisma.CustomerWhereInput[] },
          take: CANDIDATES_PER_REGISTER,
        })
      : Promise.resolve([]),
    contactOr.length
      ? prisma.marketingContact.findMany({
          where: { OR: contactOr as Prisma.MarketingContactWhereInput[] },
          take: CANDIDATES_PER_REGISTER,
        })
      : Promise.resolve([]),
  ]);
  // Counts for the candidates only: Prisma's `_count` include aggregates the
  // whole order and invoice tables on every search (BENCHMARKS.md).
  const customerIds = customers.map((c) => c.id);
  const [restrictedCustomers, restrictedContacts, links, orderCounts, invoiceCounts] =
    await Promise.all([
      findRestrictedIds(prisma, 'customer', customerIds),
      findRestrictedIds(
        prisma,
        'marketing_contact',
        contacts.map((c) => c.id),
      ),
      options.requestId
        ? prisma.requestRecordLink.findMany({
            where: { requestId: options.requestId },
            select: { recordId: true },
          })
        : Promise.resolve([]),
      customerIds.length
        ? prisma.serviceOrder.groupBy({
            by: ['customerId'],
            where: { customerId: { in: customerIds } },
            _count: { _all: true },
          })
        : Promise.resolve([]),
      customerIds.length
        ? prisma.invoice.groupBy({
            by: ['customerId'],
            where: { customerId: { in: customerIds } },
            _count: { _all: true },
          })
        : Promise.resolve([]),
    ]);
  const ordersOf = new Map(orderCounts.map((g) => [g.customerId, g._count._all]));
  const invoicesOf = new Map(invoiceCounts.map((g) => [g.customerId, g._count._all]));
  const confirmed = new Set(links.map((l) => l.recordId));

  const hits: RegisterSearchHit[] = [];
  for (const c of customers) {
    const { score, reasons } = scoreRegisterMatch(query, c);
    if (score === 0) continue;
    hits.push({
      recordType: 'customer',
      id: c.id,
      firstName: c.firstName,
      lastName: c.lastName,
      company: c.company,
      email: c.email,
      phone: c.phone,
      streetAddress: c.streetAddress,
      postalCode: c.postalCode,
      city: c.city,
      source: c.source,
      relationshipStartedOn: c.relationshipStartedOn.toISOString(),
      relationshipEndedOn: c.relationshipEndedOn?.toISOString() ?? null,
      lastActivityOn: null,
      anonymizedAt: c.anonymizedAt?.toISOString() ?? null,
      isRestricted: restrictedCustomers.has(c.id),
      orderCount: ordersOf.get(c.id) ?? 0,
      invoiceCount: invoicesOf.get(c.id) ?? 0,
      score,
      reasons,
      isConfirmed: confirmed.has(c.id),
    });
  }
  for (const m of contacts) {
    const { score, reasons } = scoreRegisterMatch(query, m);
    if (score === 0) continue;
    hits.push({
      recordType: 'marketing_contact',
      id: m.id,
      firstName: m.firstName,
      lastName: m.lastName,
      company: m.company,
      email: m.email,
      phone: m.phone,
      streetAddress: m.streetAddress,
      postalCode: m.postalCode,
      city: m.city,
      source: m.source,
      relationshipStartedOn: null,
      relationshipEndedOn: null,
      lastActivityOn: m.lastActivityOn.toISOString(),
      anonymizedAt: null,
      isRestricted: restrictedContacts.has(m.id),
      orderCount: null,
      invoiceCount: null,
      score,
      reasons,
      isConfirmed: confirmed.has(m.id),
    });
  }
  hits.sort(
    (a, b) =>
      b.score - a.score || finnishOrder.compare(a.lastName, b.lastName) || a.id.localeCompare(b.id),
  );
  return {
    items: hits.slice(0, MAX_HITS),
    isTruncated:
      hits.length > MAX_HITS ||
      customers.length === CANDIDATES_PER_REGISTER ||
      contacts.length === CANDIDATES_PER_REGISTER,
  };
}
