// Deterministic generator of Inope Oy register data: the same seed gives the
// same people, so demo data and benchmarks are reproducible.
import { randomUUID } from 'node:crypto';
import {
  cities,
  companyStems,
  companySuffixes,
  firstNames,
  lastNames,
  services,
  streets,
} from './finnish-demo-data';

type Source =
  'web_form' | 'email' | 'phone' | 'social_media' | 'contract' | 'meeting' | 'public_source';
const sources: Source[] = ['web_form', 'email', 'phone', 'social_media', 'contract', 'meeting'];
const channels = ['email', 'sms', 'phone', 'post'] as const;
const DAY = 86_400_000;

/** mulberry32: tiny, fast, seedable PRNG. */
function createRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T,
    chance: (p: number) => next() < p,
  };
}

function ascii(s: string): string {
  return s
    .toLowerCase()
    .replace(/ä/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/å/g, 'a')
    .replace(/[^a-z0-9]/g, '');
}

function dateOnly(ms: number): Date {
  const d = new Date(ms);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

export interface RegisterBatch {
  customers: Array<Record<string, unknown> & { id: string }>;
  orders: Array<Record<string, unknown>>;
  orderChanges: Array<Record<string, unknown>>;
  invoices: Array<Record<string, unknown>>;
  invoiceLines: Array<Record<string, unknown>>;
  contacts: Array<Record<string, unknown>>;
  permissions: Array<Record<string, unknown>>;
  permissionEvents: Array<Record<string, unknown>>;
}

export interface GenerateOptions {
  customers: number;
  seed?: number;
  /** The instant data is generated "as of"; no date lies after it. */
  now: Date;
  batchSize?: number;
  /** Distinguishes runs so unique columns (emails, invoice numbers) never collide. */
  runTag?: string;
}

/** Yields batches of related rows, so any number of customers fits in flat memory. */
export function* generateRegisterData(options: GenerateOptions): Generator<RegisterBatch> {
  const rnd = createRandom(options.seed ?? 20230705);
  const batchSize = options.batchSize ?? 2000;
  const nowMs = options.now.getTime();
  const earliest = Date.UTC(2016, 0, 1);
  const tag = options.runTag ?? '';
  let invoiceNo = 0;
  for (let start = 0; start < options.customers; start += batchSize) {
    const batch: RegisterBatch = {
      customers: [],
      orders: [],
      orderChanges: [],
      invoices: [],
      invoiceLines: [],
      contacts: [],
      permissions: [],
      permissionEvents: [],
    };
    const end = Math.min(options.customers, start + batchSize);
    for (let i = start; i < end; i++) {
      const first = rnd.pick(firstNames);
      const last = rnd.pick(lastNames);
      const [city, postalPrefix, areaCode] = rnd.pick(cities);
      const hasCompany = rnd.chance(0.55);
      const company = hasCompany ? `${rnd.pick(companyStems)} ${rnd.pick(companySuffixes)}` : null;
      const email = `${ascii(first)}.${ascii(last)}${tag}${i}@${hasCompany ? ascii(company ?? 'yritys').slice(0, 12) + '.fi' : 'example.fi'}`;
      const phone = rnd.chance(0.5)
        ? `+35840${String(rnd.int(0, 9_999_999)).padStart(7, '0')}`
        : `${areaCode} ${rnd.int(100, 999)} ${rnd.int(1000, 9999)}`;
      const startedMs = earliest + Math.floor(rnd.next() * (nowMs - 60 * DAY - earliest));
      const hasEnded = rnd.chance(0.3);
      const endedMs = hasEnded
        ? startedMs + Math.floor(rnd.next() * (nowMs - startedMs - DAY))
        : null;
      const customerId = randomUUID();
      const source = rnd.pick(sources);
      batch.customers.push({
        id: customerId,
        firstName: first,
        lastName: last,
        company,
        streetAddress: `${rnd.pick(streets)} ${rnd.int(1, 60)}${rnd.chance(0.3) ? ` A ${rnd.int(1, 20)}` : ''}`,
        postalCode: `${postalPrefix}${String(rnd.int(100, 999))}`,
        city,
        country: 'FI',
        phone,
        email,
        relationshipStartedOn: dateOnly(startedMs),
        relationshipEndedOn: endedMs === null ? null : dateOnly(endedMs),
        source,
        createdAt: new Date(startedMs),
        updatedAt: new Date(endedMs ?? startedMs),
      });
      const activeUntil = endedMs ?? nowMs;
      const orderCount = rnd.chance(0.6) ? 1 : 2;
      for (let o = 0; o < orderCount; o++) {
        const service = rnd.pick(services);
        const orderedMs =
          startedMs + Math.floor(rnd.next() * Math.max(DAY, (activeUntil - startedMs) / 2));
        const orderId = randomUUID();
        const isEnded = endedMs !== null || rnd.chance(0.2);
        const endsMs = isEnded ? Math.min(activeUntil, orderedMs + rnd.int(30, 900) * DAY) : null;
        batch.orders.push({
          id: orderId,
          customerId,
          serviceName: service.name,
          description: null,
          status: endsMs === null ? 'active' : 'ended',
          orderedAt: new Date(orderedMs),
          startsOn: dateOnly(orderedMs),
          endsOn: endsMs === null ? null : dateOnly(endsMs),
          priceCents: service.priceCents,
          currency: 'EUR',
          source,
          createdAt: new Date(orderedMs),
          updatedAt: new Date(endsMs ?? orderedMs),
        });
        batch.orderChanges.push({
          id: randomUUID(),
          orderId,
          changedAt: new Date(orderedMs),
          changeType: 'created',
          description: `Tilaus: ${service.name}`,
          previousValue: null,
          newValue: service.name,
          source,
        });
        if (rnd.chance(0.3)) {
          const changedMs = orderedMs + rnd.int(10, 200) * DAY;
          if (changedMs < activeUntil) {
            batch.orderChanges.push({
              id: randomUUID(),
              orderId,
              changedAt: new Date(changedMs),
              changeType: 'price_changed',
              description: 'Hinnanmuutos',
              previousValue: String(service.priceCents),
              newValue: String(Math.round(service.priceCents * 1.05)),
              source: 'email',
            });
          }
        }
        if (endsMs !== null) {
          batch.orderChanges.push({
            id: randomUUID(),
            orderId,
            changedAt: new Date(endsMs),
            changeType: 'ended',
            description: 'Tilaus päättyi',
            previousValue: null,
            newValue: null,
            source: 'email',
          });
        }
        const invoices = rnd.int(1, 2);
        for (let v = 0; v < invoices; v++) {
          const issuedMs = orderedMs + v * 30 * DAY;
          if (issuedMs > activeUntil) break;
          const issued = new Date(issuedMs);
          const lines = rnd.chance(0.7) ? 1 : 2;
          const invoiceId = randomUUID();
          let net = 0;
          for (let l = 1; l <= lines; l++) {
            const qty = rnd.int(1, 3);
            const lineNet = qty * service.priceCents;
            net += lineNet;
            batch.invoiceLines.push({
              id: randomUUID(),
              invoiceId,
              lineNo: l,
              description: l === 1 ? service.name : 'Lisätyö',
              quantity: qty,
              unitPriceCents: service.priceCents,
              vatRateBp: issued.getUTCFullYear() >= 2025 ? 2550 : 2400,
              netCents: lineNet,
            });
          }
          const vat = Math.round((net * (issued.getUTCFullYear() >= 2025 ? 2550 : 2400)) / 10000);
          invoiceNo += 1;
          batch.invoices.push({
            id: invoiceId,
            customerId,
            number: `INO${tag}-${String(invoiceNo).padStart(8, '0')}`,
            issuedOn: dateOnly(issuedMs),
            dueOn: dateOnly(issuedMs + 14 * DAY),
            // Inope Oy's financial year is the calendar year.
            financialYearEnd: new Date(Date.UTC(issued.getUTCFullYear(), 11, 31)),
            currency: 'EUR',
            netCents: net,
            vatCents: vat,
            totalCents: net + vat,
            status: issuedMs + 30 * DAY < nowMs ? 'paid' : 'open',
            billingName: company ?? `${first} ${last}`,
            billingAddress: `${city}`,
            createdAt: issued,
          });
        }
      }
      if (rnd.chance(0.6))
        addContact(batch, rnd, {
          customerId,
          first,
          last,
          company,
          email,
          phone,
          city,
          startedMs,
          nowMs,
          source,
        });
    }
    // Business contacts collected from public sources, with no customer relationship.
    const extra = Math.ceil((end - start) / 10);
    for (let k = 0; k < extra; k++) {
      const first = rnd.pick(firstNames);
      const last = rnd.pick(lastNames);
      const company = `${rnd.pick(companyStems)} ${rnd.pick(companySuffixes)}`;
      const email = `${ascii(first)}.${ascii(last)}${tag}p${start + k}@${ascii(company).slice(0, 12)}.fi`;
      const startedMs = earliest + Math.floor(rnd.next() * (nowMs - earliest - DAY));
      addContact(batch, rnd, {
        customerId: null,
        first,
        last,
        company,
        email,
        phone: null,
        city: rnd.pick(cities)[0],
        startedMs,
        nowMs,
        source: 'public_source',
      });
    }
    yield batch;
  }
}

function addContact(
  batch: RegisterBatch,
  rnd: ReturnType<typeof createRandom>,
  p: {
    customerId: string | null;
    first: string;
    last: string;
    company: string | null;
    email: string;
    phone: string | null;
    city: string;
    startedMs: number;
    nowMs: number;
    source: Source;
  },
): void {
  const contactId = randomUUID();
  const lastActivityMs = p.startedMs + Math.floor(rnd.next() * (p.nowMs - p.startedMs));
  batch.contacts.push({
    id: contactId,
    customerId: p.customerId,
    firstName: p.first,
    lastName: p.last,
    company: p.company,
    email: p.email,
    phone: p.phone,
    streetAddress: null,
    postalCode: null,
    city: p.city,
    source: p.source,
    lastActivityOn: dateOnly(lastActivityMs),
    createdAt: new Date(p.startedMs),
    updatedAt: new Date(lastActivityMs),
  });
  for (const channel of channels) {
    if (!rnd.chance(channel === 'email' ? 0.8 : 0.35)) continue;
    const grantedAt = new Date(p.startedMs + rnd.int(0, 30) * DAY);
    const method =
      p.source === 'public_source'
        ? 'public_source'
        : rnd.pick(['web_form', 'email', 'meeting'] as const);
    batch.permissionEvents.push({
      id: randomUUID(),
      contactId,
      channel,
      decision: 'granted',
      decidedAt: grantedAt,
      method,
      note: null,
      requestId: null,
    });
    let decision = 'granted';
    let decidedAt = grantedAt;
    if (rnd.chance(0.2) && grantedAt.getTime() + DAY < p.nowMs) {
      decidedAt = new Date(
        grantedAt.getTime() + Math.floor(rnd.next() * (p.nowMs - grantedAt.getTime())),
      );
      decision = 'prohibited';
      batch.permissionEvents.push({
        id: randomUUID(),
        contactId,
        channel,
        decision,
        decidedAt,
        method: 'email',
        note: null,
        requestId: null,
      });
    }
    batch.permissions.push({
      id: randomUUID(),
      contactId,
      channel,
      decision,
      decidedAt,
      method: decision === 'granted' ? method : 'email',
    });
  }
}
