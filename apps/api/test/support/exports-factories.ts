// Factories for export tests: a subject with records in both registers (and
// the things Art. 15(4) must keep out), a look-alike second person, a subject
// with tens of thousands of invoice lines, and a request made ready for
// export through the real portal and console APIs.
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import type { ConsoleExport, SubjectRequestSummary, SubmitRequestInput } from '@oikeus/contracts';
import { createBulkInserter } from '../../src/features/seed/bulk-insert';
import { callConsole, type SignedInStaff } from './console-sign-in';
import { submitRequestAs } from './portal-requests';
import type { PortalSubject } from './portal-sign-in';
import type { TestApp } from './test-app';

export function exportTag(): string {
  return randomBytes(4).toString('hex');
}

/** A Finnish mobile number no other test uses. */
export function uniquePhone(): string {
  return `+358 40 ${randomInt(100, 1000)} ${randomInt(1000, 10_000)}`;
}

export interface PersonValues {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  streetAddress: string;
  company: string;
}

/** Letters only, so a generated surname still looks like a name to the masking rules. */
export function letterTag(length = 8): string {
  return [...randomBytes(length)].map((b) => String.fromCharCode(97 + (b % 26))).join('');
}

export function personValues(overrides: Partial<PersonValues> = {}): PersonValues {
  const tag = exportTag();
  return {
    firstName: 'Maija',
    lastName: `Meikäläinen${letterTag()}`,
    email: `maija.${tag}@example.fi`,
    phone: uniquePhone(),
    streetAddress: `Kotikatu ${randomInt(1, 99)} A ${tag}`,
    company: `Design ${tag} Oy`,
    ...overrides,
  };
}

export interface RegisterRecords {
  customerId: string;
  contactId: string;
  orderIds: string[];
  invoiceNumbers: string[];
  /** Free texts that must show up in the package unchanged. */
  ownTexts: string[];
}

export interface RecordsOptions {
  person: PersonValues;
  /** Names a staff member in a change description (must be masked). */
  staffName?: string;
  /** Names another registered person in a change description (must be masked). */
  otherPerson?: PersonValues;
  /** One invoice is billed to this person (must be masked). */
  billedPerson?: string;
  source?: 'contract' | 'web_form' | 'public_source';
  contactSource?: 'web_form' | 'public_source';
  /** Decision on the email channel of the marketing contact. */
  emailPermission?: 'granted' | 'prohibited';
  relationshipEndedOn?: Date | null;
}

/**
 * A person in both registers: a customer with two ordered services and their
 * changes, three invoices with lines, a marketing contact with permissions
 * and their history, a restriction and a legal hold.
 */
export async function createRegisterRecords(
  app: TestApp,
  options: RecordsOptions,
): Promise<RegisterRecords> {
  const prisma = app.ctx.db.prisma;
  const p = options.person;
  const tag = exportTag();
  const customer = await prisma.customer.create({
    data: {
      firstName: p.firstName,
      lastName: p.lastName,
      company: p.company,
      streetAddress: p.streetAddress,
      postalCode: '13500',
      city: 'Hämeenlinna',
      phone: p.phone,
      email: p.email,
      relationshipStartedOn: new Date('2019-02-01T00:00:00Z'),
      relationshipEndedOn:
        options.relationshipEndedOn === undefined
          ? new Date('2024-06-30T00:00:00Z')
          : options.relationshipEndedOn,
      source: options.source ?? 'contract',
    },
  });
  const ownTexts = [`Verkkosivujen ylläpito ${tag}`, `Laajennettu kahteen kieleen ${tag}`];
  const hosting = await prisma.serviceOrder.create({
    data: {
      customerId: customer.id,
      serviceName: `Ylläpito ${tag}`,
      description: ownTexts[0] ?? '',
      status: 'ended',
      orderedAt: new Date('2019-02-01T10:00:00Z'),
      startsOn: new Date('2019-03-01T00:00:00Z'),
      endsOn: new Date('2024-06-30T00:00:00Z'),
      priceCents: 4900,
      source: 'contract',
      changes: {
        create: [
          {
            changedAt: new Date('2019-02-01T10:00:00Z'),
            changeType: 'created',
            description: 'Tilattu sopimuksella',
            source: 'contract',
          },
          {
            changedAt: new Date('2021-05-10T08:00:00Z'),
            changeType: 'upgraded',
            description: ownTexts[1] ?? '',
            previousValue: '1 kieli',
            newValue: '2 kieltä',
            source: 'email',
          },
          {
            changedAt: new Date('2022-01-03T08:00:00Z'),
            changeType: 'price_changed',
            description: [
              'Hinnanmuutos sovittu puhelimessa.',
              options.staffName ? `Kirjasi ${options.staffName}.` : '',
              options.otherPerson
                ? `Yhteyshenkilöksi merkitty ${options.otherPerson.firstName} ${options.otherPerson.lastName} (${options.otherPerson.email}, ${options.otherPerson.phone}).`
                : '',
            ]
              .filter(Boolean)
              .join(' '),
            previousValue: '39,00 €',
            newValue: '49,00 €',
            source: 'phone',
          },
        ],
      },
    },
  });
  const design = await prisma.serviceOrder.create({
    data: {
      customerId: customer.id,
      serviceName: `Ilmeen suunnittelu ${tag}`,
      status: 'ended',
      orderedAt: new Date('2020-09-01T10:00:00Z'),
      startsOn: new Date('2020-09-01T00:00:00Z'),
      endsOn: new Date('2020-12-31T00:00:00Z'),
      priceCents: 120_000,
      source: 'meeting',
      changes: {
        create: {
          changedAt: new Date('2020-09-01T10:00:00Z'),
          changeType: 'created',
          description: 'Sovittu asiakastapaamisessa',
          source: 'meeting',
        },
      },
    },
  });
  const invoiceNumbers = [1, 2, 3].map((n) => `INV-${tag}-${n}`);
  const billing = [
    {
      billingName: `${p.firstName} ${p.lastName}`,
      billingAddress: `${p.streetAddress}, 13500 Hämeenlinna`,
    },
    { billingName: p.company, billingAddress: `${p.streetAddress}, 13500 Hämeenlinna` },
    {
      billingName: options.billedPerson ?? `${p.firstName} ${p.lastName}`,
      billingAddress: options.billedPerson ? `Vieraskatu 9 ${tag}, 00100 Helsinki` : null,
    },
  ];
  const invoiceIds: string[] = [];
  for (const [index, number] of invoiceNumbers.entries()) {
    const year = 2021 + index;
    const invoice = await prisma.invoice.create({
      data: {
        customerId: customer.id,
        number,
        issuedOn: new Date(`${year}-03-01T00:00:00Z`),
        dueOn: new Date(`${year}-03-15T00:00:00Z`),
        financialYearEnd: new Date(`${year}-12-31T00:00:00Z`),
        netCents: 4900,
        vatCents: 1250,
        totalCents: 6150,
        status: 'paid',
        ...(billing[index] ?? billing[0]!),
        lines: {
          create: [
            {
              lineNo: 1,
              description: `Ylläpito ${year}, "perus", 1/2`,
              quantity: 1,
              unitPriceCents: 3900,
              vatRateBp: 2550,
              netCents: 3900,
            },
            {
              lineNo: 2,
              description: 'Lisäkieli',
              quantity: 2,
              unitPriceCents: 500,
              vatRateBp: 2550,
              netCents: 1000,
            },
          ],
        },
      },
    });
    invoiceIds.push(invoice.id);
  }
  const contact = await prisma.marketingContact.create({
    data: {
      customerId: customer.id,
      firstName: p.firstName,
      lastName: p.lastName,
      company: p.company,
      email: p.email,
      phone: p.phone,
      source: options.contactSource ?? 'web_form',
      lastActivityOn: new Date('2025-11-20T00:00:00Z'),
      permissions: {
        create: [
          {
            channel: 'email',
            decision: options.emailPermission ?? 'granted',
            decidedAt: new Date('2023-04-01T12:00:00Z'),
            method: 'web_form',
          },
          {
            channel: 'sms',
            decision: 'prohibited',
            decidedAt: new Date('2024-02-01T12:00:00Z'),
            method: 'email',
          },
        ],
      },
      history: {
        create: [
          {
            channel: 'email',
            decision: options.emailPermission ?? 'granted',
            decidedAt: new Date('2023-04-01T12:00:00Z'),
            method: 'web_form',
            note: 'Uutiskirjeen tilaus lomakkeella',
          },
          {
            channel: 'sms',
            decision: 'granted',
            decidedAt: new Date('2023-04-01T12:00:00Z'),
            method: 'web_form',
          },
          {
            channel: 'sms',
            decision: 'prohibited',
            decidedAt: new Date('2024-02-01T12:00:00Z'),
            method: 'email',
            note: 'Pyysi sähköpostilla lopettamaan tekstiviestit',
          },
        ],
      },
    },
  });
  await prisma.restriction.createMany({
    data: [
      {
        recordType: 'customer',
        recordId: customer.id,
        ground: 'art18_1_a',
        reason: 'Osoitteen oikeellisuus selvitettävänä',
        setAt: new Date('2025-01-10T09:00:00Z'),
        liftedAt: new Date('2025-01-20T09:00:00Z'),
        subjectInformedAt: new Date('2025-01-19T09:00:00Z'),
      },
      {
        recordType: 'invoice',
        recordId: invoiceIds[0] ?? '',
        ground: 'legal_hold_17_3_b',
        reason: 'Kirjanpitolaki 1336/1997 2:10; GDPR Art. 17(3)(b).',
        setAt: new Date('2025-02-01T09:00:00Z'),
      },
    ],
  });
  return {
    customerId: customer.id,
    contactId: contact.id,
    orderIds: [hosting.id, design.id],
    invoiceNumbers,
    ownTexts,
  };
}

/**
 * Submits `input` as the subject, then, as the handler over the console API,
 * takes the request up, records the identity check (unless `isIdentityChecked`
 * is false) and confirms the given records as the subject's.
 */
export async function prepareExportRequest(
  app: TestApp,
  handler: SignedInStaff,
  subject: PortalSubject,
  input: SubmitRequestInput,
  records: { customerIds?: string[]; contactIds?: string[] },
  options: { isIdentityChecked?: boolean } = {},
): Promise<SubjectRequestSummary> {
  const request = await submitRequestAs(app, subject, input);
  const started = await callConsole<{ version: number }>(
    app,
    'POST',
    `/api/console/requests/${request.id}/start`,
    { cookie: handler.cookie, body: { version: request.version } },
  );
  if (started.status !== 200) throw new Error(`start answered ${started.status}`);
  let version = started.body.version;
  if (options.isIdentityChecked !== false) {
    const checked = await callConsole<{ version: number }>(
      app,
      'POST',
      `/api/console/requests/${request.id}/verify-identity`,
      { cookie: handler.cookie, body: { version, note: 'Signed in with the one-time code.' } },
    );
    if (checked.status !== 200) throw new Error(`verify-identity answered ${checked.status}`);
    version = checked.body.version;
  }
  const confirm = [
    ...(records.customerIds ?? []).map((recordId) => ({
      recordType: 'customer',
      recordId,
      matchScore: 100,
    })),
    ...(records.contactIds ?? []).map((recordId) => ({
      recordType: 'marketing_contact',
      recordId,
      matchScore: 100,
    })),
  ];
  if (confirm.length > 0) {
    const linked = await callConsole(app, 'POST', `/api/console/requests/${request.id}/records`, {
      cookie: handler.cookie,
      body: { version, confirm },
    });
    if (linked.status !== 200) throw new Error(`records answered ${linked.status}`);
  }
  return request;
}

/** POST …/exports as the handler; throws unless 201. */
export async function compileAs(
  app: TestApp,
  handler: SignedInStaff,
  requestId: string,
  body: Record<string, unknown> = {},
): Promise<ConsoleExport> {
  const res = await callConsole<{ export: ConsoleExport }>(
    app,
    'POST',
    `/api/console/requests/${requestId}/exports`,
    { cookie: handler.cookie, body },
  );
  if (res.status !== 201)
    throw new Error(`compile answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body.export;
}

/** POST …/release as the handler; throws unless 200. */
export async function releaseAs(
  app: TestApp,
  handler: SignedInStaff,
  requestId: string,
  exportId: string,
  body: Record<string, unknown> = {},
): Promise<ConsoleExport> {
  const res = await callConsole<{ export: ConsoleExport }>(
    app,
    'POST',
    `/api/console/requests/${requestId}/exports/${exportId}/release`,
    { cookie: handler.cookie, body },
  );
  if (res.status !== 200)
    throw new Error(`release answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body.export;
}

/**
 * A customer with `invoices × linesPerInvoice` invoice lines. The rows go in
 * through the seed's bulk inserter (raw driver, one transaction per batch):
 * Prisma 7's createMany takes about 0.3 ms and keeps memory per row, so
 * 55 000 rows took 45 s that way and about a second this way.
 */
export async function createInvoiceHeavyCustomer(
  app: TestApp,
  options: { person: PersonValues; invoices: number; linesPerInvoice: number },
): Promise<{ customerId: string; lines: number }> {
  const p = options.person;
  const customer = await app.ctx.db.prisma.customer.create({
    data: {
      firstName: p.firstName,
      lastName: p.lastName,
      company: p.company,
      streetAddress: p.streetAddress,
      postalCode: '00100',
      city: 'Helsinki',
      phone: p.phone,
      email: p.email,
      relationshipStartedOn: new Date('2010-01-01T00:00:00Z'),
      source: 'contract',
    },
  });
  const tag = exportTag();
  const inserter = createBulkInserter(app.ctx.db.url);
  try {
    const batch = 1000;
    for (let start = 0; start < options.invoices; start += batch) {
      const invoices: Array<Record<string, unknown>> = [];
      const lines: Array<Record<string, unknown>> = [];
      for (let n = start; n < Math.min(options.invoices, start + batch); n += 1) {
        const id = randomUUID();
        const year = 2010 + (n % 16);
        const month = String((n % 12) + 1).padStart(2, '0');
        invoices.push({
          id,
          customerId: customer.id,
          number: `BIG-${tag}-${String(n).padStart(6, '0')}`,
          issuedOn: new Date(`${year}-${month}-01T00:00:00Z`),
          dueOn: new Date(`${year}-${month}-15T00:00:00Z`),
          financialYearEnd: new Date(`${year}-12-31T00:00:00Z`),
          currency: 'EUR',
          netCents: options.linesPerInvoice * 1000,
          vatCents: options.linesPerInvoice * 255,
          totalCents: options.linesPerInvoice * 1255,
          status: 'paid',
          billingName: p.company,
          billingAddress: `${p.streetAddress}, 00100 Helsinki`,
          createdAt: new Date(`${year}-${month}-01T00:00:00Z`),
        });
        for (let line = 1; line <= options.linesPerInvoice; line += 1) {
          lines.push({
            id: randomUUID(),
            invoiceId: id,
            lineNo: line,
            description: `Palvelu ${line}, kuukausi ${month}/${year}`,
            quantity: 1,
            unitPriceCents: 1000,
            vatRateBp: 2550,
            netCents: 1000,
          });
        }
      }
      await inserter.insertBatch([
        ['Invoice', invoices],
        ['InvoiceLine', lines],
      ]);
    }
  } finally {
    await inserter.close();
  }
  return { customerId: customer.id, lines: options.invoices * options.linesPerInvoice };
}
