// Factories for staff-console tests: requests, accounts and register records
// written straight through Prisma, each with unique data (PostgreSQL is shared
// by every test in a run). Deadlines come from the same helper the API uses.
import { randomBytes, randomUUID } from 'node:crypto';
import type { SubmitRequestInput } from '@oikeus/contracts';
import { computeRequestDeadline } from '../../src/features/request-core/request-deadline';
import type { TestApp } from './test-app';

export function uniqueTag(): string {
  return randomBytes(5).toString('hex');
}

export interface AccountOverrides {
  email?: string;
  name?: string;
  phone?: string | null;
  locale?: 'fi' | 'sv' | 'en';
  emailVerifiedAt?: Date | null;
}

export async function createAccount(app: TestApp, overrides: AccountOverrides = {}) {
  const tag = uniqueTag();
  return app.ctx.db.prisma.account.create({
    data: {
      email: overrides.email ?? `subject.${tag}@example.fi`,
      name: overrides.name ?? `Testi Henkilö${tag}`,
      phone: overrides.phone === undefined ? null : overrides.phone,
      locale: overrides.locale ?? 'fi',
      emailVerifiedAt:
        overrides.emailVerifiedAt === undefined ? app.clock.now() : overrides.emailVerifiedAt,
      // The column defaults to the wall clock; tests run on the injected clock.
      sessionsValidFrom: new Date(app.clock.now().getTime() - 86_400_000),
    },
  });
}

export interface RequestOverrides {
  accountId?: string;
  account?: AccountOverrides;
  type?: SubmitRequestInput['type'];
  status?: 'received' | 'identity_pending' | 'in_progress' | 'completed' | 'refused' | 'withdrawn';
  details?: Record<string, unknown>;
  registers?: Array<'customer' | 'marketing'>;
  receivedAt?: Date;
  assigneeId?: string | null;
  locale?: 'fi' | 'sv' | 'en';
}

const defaultDetails: Record<SubmitRequestInput['type'], Record<string, unknown>> = {
  access: { type: 'access', registers: ['customer', 'marketing'] },
  rectification: {
    type: 'rectification',
    registers: ['customer'],
    items: [{ field: 'street_address', correctValue: 'Uusitie 2' }],
  },
  erasure: { type: 'erasure', registers: ['customer', 'marketing'] },
  restriction: {
    type: 'restriction',
    registers: ['customer', 'marketing'],
    ground: 'art18_1_a',
    explanation: 'Tiedot ovat väärin.',
  },
  objection: {
    type: 'objection',
    registers: ['marketing'],
    channels: ['email', 'sms', 'phone', 'post'],
  },
  portability: { type: 'portability', registers: ['customer'] },
};

/** A rights request as the portal would store it, with its deadline cached. */
export async function createRightsRequest(app: TestApp, overrides: RequestOverrides = {}) {
  const type = overrides.type ?? 'access';
  const accountId = overrides.accountId ?? (await createAccount(app, overrides.account)).id;
  const receivedAt = overrides.receivedAt ?? app.clock.now();
  const details = overrides.details ?? defaultDetails[type];
  const registers = overrides.registers ??
    (details.registers as Array<'customer' | 'marketing'> | undefined) ?? ['customer'];
  const deadline = computeRequestDeadline(app.ctx, {
    receivedAt,
    isExtended: false,
    suspensions: [],
  });
  return app.ctx.db.prisma.rightsRequest.create({
    data: {
      reference: `OIK-T-${uniqueTag().toUpperCase()}`,
      accountId,
      type,
      status: overrides.status ?? 'received',
      targetsCustomerRegister: registers.includes('customer'),
      targetsMarketingRegister: registers.includes('marketing'),
      details: JSON.stringify(details),
      locale: overrides.locale ?? 'fi',
      receivedAt,
      dueDate: deadline.effectiveDueDate,
      targetDate: deadline.targetDate,
      assigneeId: overrides.assigneeId ?? null,
      createdAt: receivedAt,
    },
    include: { account: true },
  });
}

export interface CustomerOverrides {
  firstName?: string;
  lastName?: string;
  company?: string | null;
  email?: string | null;
  phone?: string | null;
  streetAddress?: string | null;
  postalCode?: string | null;
  city?: string | null;
  relationshipEndedOn?: Date | null;
}

export async function createCustomer(app: TestApp, overrides: CustomerOverrides = {}) {
  const tag = uniqueTag();
  return app.ctx.db.prisma.customer.create({
    data: {
      firstName: overrides.firstName ?? 'Maija',
      lastName: overrides.lastName ?? `Meikäläinen${tag}`,
      company: overrides.company === undefined ? `Yritys ${tag} Oy` : overrides.company,
      email: overrides.email === undefined ? `customer.${tag}@example.fi` : overrides.email,
      phone: overrides.phone === undefined ? null : overrides.phone,
      streetAddress: overrides.streetAddress === undefined ? 'Vanhatie 1' : overrides.streetAddress,
      postalCode: overrides.postalCode === undefined ? '00100' : overrides.postalCode,
      city: overrides.city === undefined ? 'Helsinki' : overrides.city,
      relationshipStartedOn: new Date('2018-01-15T00:00:00Z'),
      relationshipEndedOn: overrides.relationshipEndedOn ?? null,
      source: 'contract',
    },
  });
}

/** A service order with one change row, so erasure has history to remove. */
export async function createServiceOrder(app: TestApp, customerId: string) {
  return app.ctx.db.prisma.serviceOrder.create({
    data: {
      customerId,
      serviceName: 'Ylläpito',
      orderedAt: new Date('2019-01-01T00:00:00Z'),
      startsOn: new Date('2019-01-01T00:00:00Z'),
      priceCents: 10_000,
      source: 'contract',
      changes: {
        create: {
          changedAt: new Date('2019-01-01T00:00:00Z'),
          changeType: 'created',
          description: 'Tilattu',
          source: 'contract',
        },
      },
    },
  });
}

/** An invoice (accounting voucher) for a financial year ending on `financialYearEnd`. */
export async function createInvoice(app: TestApp, customerId: string, financialYearEnd: string) {
  const issuedOn = new Date(`${financialYearEnd}T00:00:00Z`);
  return app.ctx.db.prisma.invoice.create({
    data: {
      customerId,
      number: `INV-${uniqueTag()}`,
      issuedOn,
      dueOn: issuedOn,
      financialYearEnd: new Date(`${financialYearEnd}T00:00:00Z`),
      netCents: 10_000,
      vatCents: 2_550,
      totalCents: 12_550,
      status: 'paid',
      billingName: 'Maija Meikäläinen',
      billingAddress: 'Vanhatie 1, 00100 Helsinki',
      lines: {
        create: {
          lineNo: 1,
          description: 'Ylläpito',
          quantity: 1,
          unitPriceCents: 10_000,
          vatRateBp: 2550,
          netCents: 10_000,
        },
      },
    },
  });
}

export interface ContactOverrides extends CustomerOverrides {
  customerId?: string | null;
  /** Channel decisions; default: email granted. */
  permissions?: Partial<Record<'email' | 'sms' | 'phone' | 'post', 'granted' | 'prohibited'>>;
}

export async function createMarketingContact(app: TestApp, overrides: ContactOverrides = {}) {
  const tag = uniqueTag();
  const permissions = overrides.permissions ?? { email: 'granted' };
  const at = new Date('2024-01-01T00:00:00Z');
  return app.ctx.db.prisma.marketingContact.create({
    data: {
      customerId: overrides.customerId ?? null,
      firstName: overrides.firstName ?? 'Matti',
      lastName: overrides.lastName ?? `Markkinoija${tag}`,
      company: overrides.company === undefined ? null : overrides.company,
      email: overrides.email === undefined ? `contact.${tag}@example.fi` : overrides.email,
      phone: overrides.phone === undefined ? null : overrides.phone,
      streetAddress: overrides.streetAddress ?? null,
      postalCode: overrides.postalCode ?? null,
      city: overrides.city ?? null,
      source: 'web_form',
      lastActivityOn: at,
      permissions: {
        create: Object.entries(permissions).map(([channel, decision]) => ({
          channel: channel as 'email',
          decision: decision as 'granted',
          decidedAt: at,
          method: 'web_form',
        })),
      },
    },
  });
}

/** Confirms records for a request directly (tests of other steps); bumps nothing. */
export async function linkRecords(
  app: TestApp,
  requestId: string,
  staffId: string,
  records: Array<{ recordType: 'customer' | 'marketing_contact'; recordId: string }>,
) {
  for (const r of records) {
    await app.ctx.db.prisma.requestRecordLink.create({
      data: {
        id: randomUUID(),
        requestId,
        ...r,
        matchScore: 100,
        confirmedById: staffId,
        confirmedAt: app.clock.now(),
      },
    });
  }
}
