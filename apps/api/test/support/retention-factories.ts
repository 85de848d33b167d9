// Register records with known dates for retention tests, written straight
// through Prisma. Dates are stored like the seed stores them: UTC midnight of
// the calendar day. Every record gets unique personal data so a test can check
// that none of it leaks into audit entries.
import { randomBytes } from 'node:crypto';
import type { Db } from '../../src/db/client';

export function day(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function tag(): string {
  return randomBytes(5).toString('hex');
}

export interface CustomerOverrides {
  relationshipEndedOn?: string | null;
  anonymizedAt?: Date | null;
  /** Service orders to create, each with one change row. */
  orders?: number;
  /** When those orders ended (default 2012-12-31; null: still running). */
  ordersEndOn?: string | null;
}

export async function createCustomer(db: Db, overrides: CustomerOverrides = {}) {
  const t = tag();
  const ended = overrides.relationshipEndedOn === undefined ? null : overrides.relationshipEndedOn;
  const customer = await db.customer.create({
    data: {
      firstName: `Aino${t}`,
      lastName: `Virtanen${t}`,
      company: `Yritys ${t} Oy`,
      streetAddress: `Testikatu ${t}`,
      postalCode: '00100',
      city: 'Helsinki',
      phone: '+358 40 123 4567',
      email: `asiakas.${t}@example.fi`,
      relationshipStartedOn: day('2012-01-02'),
      relationshipEndedOn: ended === null ? null : day(ended),
      source: 'contract',
      anonymizedAt: overrides.anonymizedAt ?? null,
    },
  });
  for (let i = 0; i < (overrides.orders ?? 0); i += 1) {
    await db.serviceOrder.create({
      data: {
        customerId: customer.id,
        serviceName: `Palvelu ${i}`,
        orderedAt: day('2012-01-02'),
        startsOn: day('2012-01-02'),
        endsOn: overrides.ordersEndOn === null ? null : day(overrides.ordersEndOn ?? '2012-12-31'),
        priceCents: 1000,
        source: 'contract',
        changes: {
          create: {
            changedAt: day('2012-01-02'),
            changeType: 'created',
            description: 'Tilaus tehty',
            source: 'contract',
          },
        },
      },
    });
  }
  return customer;
}

export async function createInvoice(
  db: Db,
  input: { customerId: string; financialYearEnd: string; lines?: number },
) {
  const t = tag();
  const lines = input.lines ?? 2;
  return db.invoice.create({
    data: {
      customerId: input.customerId,
      number: `INV-${t}`,
      issuedOn: day(input.financialYearEnd),
      dueOn: day(input.financialYearEnd),
      financialYearEnd: day(input.financialYearEnd),
      netCents: 1000 * lines,
      vatCents: 255 * lines,
      totalCents: 1255 * lines,
      billingName: `Laskutettava ${t}`,
      billingAddress: `Laskukatu ${t}`,
      lines: {
        create: Array.from({ length: lines }, (_, i) => ({
          lineNo: i + 1,
          description: `Rivi ${i + 1}`,
          quantity: 1,
          unitPriceCents: 1000,
          vatRateBp: 2550,
          netCents: 1000,
        })),
      },
    },
  });
}

/** A marketing contact with an email permission and its history row. */
export async function createMarketingContact(
  db: Db,
  input: { lastActivityOn: string; customerId?: string | null },
) {
  const t = tag();
  return db.marketingContact.create({
    data: {
      customerId: input.customerId ?? null,
      firstName: `Eero${t}`,
      lastName: `Markkinoija${t}`,
      email: `markkinointi.${t}@example.fi`,
      source: 'web_form',
      lastActivityOn: day(input.lastActivityOn),
      permissions: {
        create: {
          channel: 'email',
          decision: 'granted',
          decidedAt: day(input.lastActivityOn),
          method: 'web_form',
        },
      },
      history: {
        create: {
          channel: 'email',
          decision: 'granted',
          decidedAt: day(input.lastActivityOn),
          method: 'web_form',
        },
      },
    },
  });
}

export async function createRestriction(
  db: Db,
  input: {
    recordType: 'customer' | 'service_order' | 'invoice' | 'marketing_contact';
    recordId: string;
    ground: string;
    setAt?: Date;
  },
) {
  return db.restriction.create({
    data: {
      recordType: input.recordType,
      recordId: input.recordId,
      ground: input.ground,
      reason: 'Testirajoitus',
      setAt: input.setAt ?? day('2024-01-01'),
    },
  });
}
