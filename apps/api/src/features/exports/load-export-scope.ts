import {
  resolveLocale,
  toLocalDate,
  type Locale,
  type PortalRetentionPeriods,
  type RegisterDescription,
  type RetentionRule,
} from '@oikeus/domain';
import type { ExportKind, ExportRecordKey } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { portalRetentionOf } from '../../config/portal-retention';
import type { Db } from '../../db/client';
import { exportTexts } from './export-texts';
import { NOT_PROVIDED_BY_SUBJECT_SOURCES, recordKeysFor } from './portability-scope';
import { createThirdPartyMasker, type ThirdPartyMasker } from './third-party-masker';
import { suppressionHashes, type SuppressionKind } from '../../registers/suppression-hash';

/** A customer of the subject's, with what billing masking and retention need. */
export interface ScopeCustomer {
  id: string;
  firstName: string;
  lastName: string;
  company: string | null;
  streetAddress: string | null;
  relationshipEndedOn: Date | null;
  anonymizedAt: Date | null;
}

/** Everything one export reads from: whose data, which records, in which language. */
export interface ExportScope {
  exportId: string;
  kind: ExportKind;
  locale: Locale;
  now: Date;
  timeZone: string;
  schemaUrl: string;
  request: {
    id: string;
    reference: string;
    type: 'access' | 'portability';
    receivedAt: Date;
    accountId: string;
    targetsCustomerRegister: boolean;
    targetsMarketingRegister: boolean;
  };
  /** Confirmed customer records in this export (for portability, only those that qualify). */
  customers: ScopeCustomer[];
  customerIds: string[];
  /** Confirmed marketing contacts in this export (for portability, only consent-based ones). */
  contactIds: string[];
  /** Every confirmed record, also those a portability file leaves out: the audit log is about them all. */
  allCustomerIds: string[];
  allContactIds: string[];
  /**
   * Confirmed records that exist but a portability file leaves out (Art. 20(1)):
   * the report says they are outside the right instead of "nothing found". 0 for access.
   */
  outOfScope: { customers: number; contacts: number };
  /** The subject's email addresses and phones with their suppression-list hashes (Art. 21(3)). */
  suppressionKeys: Array<{ kind: SuppressionKind; value: string; hash: string }>;
  recordKeys: readonly ExportRecordKey[];
  masker: ThirdPartyMasker;
  /** The privacy notice as data: Art. 15(1)(a)–(h) and 15(2) come from here. */
  description: RegisterDescription;
  /** The register description's retention rules (GDPR Art. 15(1)(d)). */
  retentionRules: readonly RetentionRule[];
  /** The controller's settings of the portal's own periods, as the notice prints them. */
  portalRetention: PortalRetentionPeriods;
  /** The controller's calendar date, for retention decisions. */
  today: string;
}

export interface ScopeRequest {
  id: string;
  reference: string;
  type: 'access' | 'portability';
  locale: string;
  receivedAt: Date;
  targetsCustomerRegister: boolean;
  targetsMarketingRegister: boolean;
  account: { id: string; email: string; name: string; phone: string | null };
}

/**
 * Works out whose data goes in: only the records the handler confirmed for the
 * request (RequestRecordLink) — never a search — plus the subject's own portal
 * account. The language is the request's (GDPR Art. 12(1): the answer in a
 * form the person understands).
 */
export async function loadExportScope(
  ctx: AppContext,
  input: { exportId: string; kind: ExportKind; request: ScopeRequest },
): Promise<ExportScope> {
  const prisma = ctx.db.prisma;
  const { request, kind } = input;
  const links = await prisma.requestRecordLink.findMany({
    where: { requestId: request.id },
    select: { recordType: true, recordId: true },
  });
  const linkedCustomerIds = links.filter((l) => l.recordType === 'customer').map((l) => l.recordId);
  const linkedContactIds = links
    .filter((l) => l.recordType === 'marketing_contact')
    .map((l) => l.recordId);
  const isPortability = kind === 'portability';
  const notProvided = [...NOT_PROVIDED_BY_SUBJECT_SOURCES];

  const customers = await prisma.customer.findMany({
    where: {
      id: { in: linkedCustomerIds },
      // Art. 20: only data the subject provided, and nothing of an anonymised record is theirs.
      ...(isPortability ? { source: { notIn: notProvided }, anonymizedAt: null } : {}),
    },
    orderBy: { id: 'asc' },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      company: true,
      streetAddress: true,
      relationshipEndedOn: true,
      anonymizedAt: true,
      email: true,
      phone: true,
    },
  });
  const contacts = await prisma.marketingContact.findMany({
    where: {
      id: { in: linkedContactIds },
      // Art. 20: only contacts kept on the subject's consent, with details they gave.
      ...(isPortability
        ? { source: { notIn: notProvided }, permissions: { some: { decision: 'granted' } } }
        : {}),
    },
    orderBy: { id: 'asc' },
    select: { id: true, firstName: true, lastName: true, email: true, phone: true },
  });
  // Masking knows the subject by every confirmed record, also those left out of a portability file.
  const [allCustomers, allContacts, staff] = await Promise.all([
    prisma.customer.findMany({
      where: { id: { in: linkedCustomerIds } },
      select: { firstName: true, lastName: true, email: true, phone: true },
    }),
    prisma.marketingContact.findMany({
      where: { id: { in: linkedContactIds } },
      select: { firstName: true, lastName: true, email: true, phone: true },
    }),
    prisma.staffUser.findMany({ select: { name: true, email: true } }),
  ]);
  const people = [...allCustomers, ...allContacts];
  const locale = resolveLocale(request.locale);
  const accountName = splitName(request.account.name);
  const masker = createThirdPartyMasker(
    {
      marker: exportTexts.marker[locale],
      staff,
      subjectEmails: [request.account.email, ...people.map((p) => p.email)].filter(isText),
      subjectPhones: [request.account.phone, ...people.map((p) => p.phone)].filter(isText),
      subjectNames: [...(accountName ? [accountName] : []), ...people],
    },
    registeredNameCheck(prisma, linkedCustomerIds, linkedContactIds),
  );

  const now = ctx.clock.now();
  return {
    exportId: input.exportId,
    kind,
    locale,
    now,
    timeZone: ctx.env.CONTROLLER_TIME_ZONE,
    schemaUrl: new URL('/api/exports/schema.json', ctx.env.PUBLIC_URL).toString(),
    request: {
      id: request.id,
      reference: request.reference,
      type: request.type,
      receivedAt: request.receivedAt,
      accountId: request.account.id,
      targetsCustomerRegister: request.targetsCustomerRegister,
      targetsMarketingRegister: request.targetsMarketingRegister,
    },
    customers: customers.map((c) => ({
      id: c.id,
      firstName: c.firstName,
      lastName: c.lastName,
      company: c.company,
      streetAddress: c.streetAddress,
      relationshipEndedOn: c.relationshipEndedOn,
      anonymizedAt: c.anonymizedAt,
    })),
    customerIds: customers.map((c) => c.id),
    contactIds: contacts.map((c) => c.id),
    allCustomerIds: linkedCustomerIds,
    allContactIds: linkedContactIds,
    outOfScope: {
      customers: allCustomers.length - customers.length,
      contacts: allContacts.length - contacts.length,
    },
    suppressionKeys: suppressionKeysOf(ctx, [request.account, ...people]),
    recordKeys: recordKeysFor(kind),
    masker,
    description: ctx.registerDescription,
    retentionRules: ctx.registerDescription.registers.flatMap((register) => register.retention),
    portalRetention: portalRetentionOf(ctx.env),
    today: toLocalDate(now, ctx.env.CONTROLLER_TIME_ZONE),
  };
}

function suppressionKeysOf(
  ctx: AppContext,
  people: ReadonlyArray<{ email: string | null; phone: string | null }>,
): ExportScope['suppressionKeys'] {
  const keys = new Map<string, ExportScope['suppressionKeys'][number]>();
  for (const person of people) {
    const values: Array<[SuppressionKind, string | null]> = [
      ['email', person.email],
      ['phone', person.phone],
    ];
    for (const [kind, value] of values) {
      if (!isText(value)) continue;
      // Entries hashed under a previous key still count (SUPPRESSION_KEY_PREVIOUS).
      for (const hash of suppressionHashes(ctx, kind, value)) {
        if (!keys.has(hash)) keys.set(hash, { kind, value, hash });
      }
    }
  }
  return [...keys.values()];
}

function isText(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function splitName(name: string): { firstName: string; lastName: string } | null {
  const parts = name.trim().split(/\s+/);
  if (parts.length < 2) return null;
  return { firstName: parts.slice(0, -1).join(' '), lastName: parts.at(-1) ?? '' };
}

/** Is "first last" someone in either register who is not one of the subject's confirmed records? */
function registeredNameCheck(prisma: Db, ownCustomerIds: string[], ownContactIds: string[]) {
  return async (firstName: string, lastName: string): Promise<boolean> => {
    const customer = await prisma.customer.findFirst({
      where: { firstName, lastName, id: { notIn: ownCustomerIds } },
      select: { id: true },
    });
    if (customer) return true;
    const contact = await prisma.marketingContact.findFirst({
      where: { firstName, lastName, id: { notIn: ownContactIds } },
      select: { id: true },
    });
    return contact !== null;
  };
}
