import type { RegisterSearchHit, RegisterSearchResponse } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import type { Prisma } from '../../generated/sqlite/client';
import { findRestrictedIds } from './active-restrictions';
import {
  nameTokens,
  normaliseEmail,
  postalCodeIn,
  scoreRegisterMatch,
  type MatchQuery,
} from './score-register-match';
import { insensitive } from './text-match';

const CANDIDATES_PER_REGISTER = 300;
const MAX_HITS = 50;

type TextFilter = ReturnType<typeof insensitive>;

/** Where clauses that find candidates cheaply; scoring in JS then decides what matched. */
function candidateConditions(ctx: AppContext, query: MatchQuery): Array<Record<string, unknown>> {
  const p = ctx.db.provider;
  const or: Array<Record<string, unknown>> = [];
  if (query.email) or.push({ email: normaliseEmail(query.email) });
  if (query.phone) {
    // Stored phones come in several formats; the last four digits find them all.
    const digits = query.phone.replace(/[^0-9]/g, '');
    if (digits.length >= 4) or.push({ phone: { contains: digits.slice(-4) } });
  }
  if (query.name) {
    const tokens = nameTokens(query.name).filter((t) => t.length >= 2);
    if (tokens.length > 0) {
      or.push({
        AND: [
          {
            OR: tokens.map((t): { lastName: TextFilter } => ({
              lastName: insensitive(p, 'startsWith', t),
            })),
          },
          {
            OR: tokens.map((t): { firstName: TextFilter } => ({
              firstName: insensitive(p, 'startsWith', t),
            })),
          },
        ],
      });
    }
  }
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
  const or = candidateConditions(ctx, query);
  if (or.length === 0) return { items: [], isTruncated: false };
  const prisma = ctx.db.prisma;
  const [customers, contacts] = await Promise.all([
    prisma.customer.findMany({
      where: { OR: or as Prisma.CustomerWhereInput[] },
      take: CANDIDATES_PER_REGISTER,
      include: { _count: { select: { orders: true, invoices: true } } },
    }),
    prisma.marketingContact.findMany({
      where: { OR: or as Prisma.MarketingContactWhereInput[] },
      take: CANDIDATES_PER_REGISTER,
    }),
  ]);
  const [restrictedCustomers, restrictedContacts, links] = await Promise.all([
    findRestrictedIds(
      prisma,
      'customer',
      customers.map((c) => c.id),
    ),
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
  ]);
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
      orderCount: c._count.orders,
      invoiceCount: c._count.invoices,
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
      b.score - a.score || a.lastName.localeCompare(b.lastName, 'fi') || a.id.localeCompare(b.id),
  );
  return {
    items: hits.slice(0, MAX_HITS),
    isTruncated:
      hits.length > MAX_HITS ||
      customers.length === CANDIDATES_PER_REGISTER ||
      contacts.length === CANDIDATES_PER_REGISTER,
  };
}
