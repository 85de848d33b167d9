// Subject accounts and rights requests for the benchmark, written with the
// raw-driver bulk inserter the register seeder uses (Prisma's createMany would
// take minutes). Rows look like the portal and console write them: deadlines
// from computeRequestDeadline, identity pauses as intervals, assignees, a
// timeline and messages, and confirmed record links.
import { randomUUID } from 'node:crypto';
import type { SubmittedRequestDetails } from '@oikeus/contracts';
import { toLocalDate } from '@oikeus/domain';
import type { AppContext } from '../src/context';
import { computeRequestDeadline } from '../src/features/request-core/request-deadline';
import { generateRequestReference } from '../src/features/request-core/generate-request-reference';
import { createBulkInserter } from '../src/features/seed/bulk-insert';
import { firstNames, lastNames } from '../src/features/seed/finnish-demo-data';
import type { Random } from './random';

const DAY = 86_400_000;
const BATCH = 2000;

type Row = Record<string, unknown>;
type Status =
  'received' | 'identity_pending' | 'in_progress' | 'completed' | 'refused' | 'withdrawn';
type RequestType = SubmittedRequestDetails['type'];

/** A customer from the seeded register; accounts made from one find their records in search. */
export interface RegisterPerson {
  customerId: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
}

export interface SeedRequestsOptions {
  count: number;
  /**
   * `mixed`: receipt spread over the last four months, older requests mostly
   * closed, as a queue looks in steady state. `open`: every request open and
   * received within the last month (the reminder scan's backlog).
   */
  mode: 'mixed' | 'open';
  staffIds: string[];
  /** Register customers to base about 60 % of the accounts on. */
  people: RegisterPerson[];
  /** Keeps account emails unique across several seeding calls. */
  tag: string;
  /** References already used, shared between seeding calls (the column is unique). */
  takenReferences: Set<string>;
  random: Random;
}

export interface SeedRequestsResult {
  requests: number;
  open: number;
  accounts: number;
  ms: number;
}

const typeWeights: Record<RequestType, number> = {
  access: 35,
  erasure: 20,
  objection: 13,
  rectification: 12,
  portability: 12,
  restriction: 8,
};

function ascii(s: string): string {
  return s
    .toLowerCase()
    .replace(/[äå]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/[^a-z0-9]/g, '');
}

function pickStatus(random: Random, ageDays: number, mode: 'mixed' | 'open'): Status {
  if (mode === 'open') {
    return random.weighted({ received: 30, identity_pending: 10, in_progress: 60 });
  }
  // A one-month deadline: recent requests are mostly still open, older ones mostly closed.
  if (ageDays < 30) {
    return random.weighted({
      received: 33,
      identity_pending: 10,
      in_progress: 45,
      completed: 8,
      withdrawn: 3,
      refused: 1,
    });
  }
  return random.weighted({
    completed: 80,
    refused: 6,
    withdrawn: 5,
    in_progress: 6,
    identity_pending: 1,
    received: 2,
  });
}

function detailsFor(random: Random, type: RequestType): SubmittedRequestDetails {
  const registers = random.weighted({ customer: 40, marketing: 20, both: 40 });
  const list: Array<'customer' | 'marketing'> =
    registers === 'both' ? ['customer', 'marketing'] : [registers];
  switch (type) {
    case 'access':
      return {
        type,
        registers: list,
        ...(random.chance(0.3) ? { note: 'Käytin aiemmin myös työsähköpostia.' } : {}),
      };
    case 'rectification':
      return {
        type,
        registers: list,
        items: [{ field: 'phone', correctValue: `+35840${random.int(1_000_000, 9_999_999)}` }],
      };
    case 'erasure':
      return { type, registers: list, reason: 'Asiakkuus on päättynyt.' };
    case 'restriction':
      return {
        type,
        registers: list,
        ground: 'art18_1_a',
        explanation: 'Osoitetietoni ovat virheelliset, tarkistakaa ne ensin.',
      };
    case 'objection':
      return {
        type,
        kind: 'direct_marketing',
        channels: random.chance(0.5) ? ['email'] : ['email', 'sms'],
        registers: ['marketing'],
      };
    case 'portability':
      return { type, registers: list };
  }
}

interface Account {
  id: string;
  name: string;
  email: string;
  locale: string;
  person: RegisterPerson | null;
}

function makeAccounts(
  options: SeedRequestsOptions,
  now: Date,
): { rows: Row[]; accounts: Account[] } {
  const { random, people, tag } = options;
  const wanted = Math.max(1, Math.round(options.count * 0.8));
  const rows: Row[] = [];
  const accounts: Account[] = [];
  const used = new Set<string>();
  for (let i = 0; i < wanted; i++) {
    const person = people.length > 0 && random.chance(0.6) ? random.pick(people) : null;
    let first: string;
    let last: string;
    let email: string;
    if (person?.email && !used.has(person.email)) {
      first = person.firstName;
      last = person.lastName;
      email = person.email;
    } else {
      first = random.pick(firstNames);
      last = random.pick(lastNames);
      email = `${ascii(first)}.${ascii(last)}.${tag}${i}@example.net`;
    }
    used.add(email);
    const createdAt = new Date(now.getTime() - random.int(125, 400) * DAY);
    const id = randomUUID();
    const isPerson = person !== null && email === person.email;
    const locale = random.weighted({ fi: 80, sv: 10, en: 10 });
    accounts.push({
      id,
      name: `${first} ${last}`,
      email,
      locale,
      person: isPerson ? person : null,
    });
    rows.push({
      id,
      email,
      name: `${first} ${last}`,
      phone: isPerson
        ? person.phone
        : random.chance(0.5)
          ? `+35850${random.int(1_000_000, 9_999_999)}`
          : null,
      locale,
      emailVerifiedAt: createdAt,
      sessionsValidFrom: createdAt,
      createdAt,
      updatedAt: createdAt,
    });
  }
  return { rows, accounts };
}

/** Seeds `count` requests (and their accounts) through the raw driver, in batches. */
export async function seedRequests(
  ctx: Pick<AppContext, 'env' | 'clock' | 'db' | 'holidayCalendar'>,
  options: SeedRequestsOptions,
): Promise<SeedRequestsResult> {
  const started = performance.now();
  const { random, staffIds, mode } = options;
  const now = ctx.clock.now();
  const inserter = createBulkInserter(ctx.db.url);
  const { rows: accountRows, accounts } = makeAccounts(options, now);
  const references = options.takenReferences;
  let open = 0;
  try {
    for (let start = 0; start < accountRows.length; start += BATCH) {
      await inserter.insertBatch([['Account', accountRows.slice(start, start + BATCH)]]);
    }
    for (let start = 0; start < options.count; start += BATCH) {
      const requests: Row[] = [];
      const suspensions: Row[] = [];
      const events: Row[] = [];
      const messages: Row[] = [];
      const links: Row[] = [];
      const end = Math.min(options.count, start + BATCH);
      for (let i = start; i < end; i++) {
        const account = random.pick(accounts);
        const type = random.weighted(typeWeights);
        const horizonDays = mode === 'open' ? 30 : 120;
        const receivedAt = new Date(now.getTime() - Math.floor(random.next() * horizonDays * DAY));
        const ageDays = (now.getTime() - receivedAt.getTime()) / DAY;
        const status = pickStatus(random, ageDays, mode);
        const isOpen =
          status === 'received' || status === 'identity_pending' || status === 'in_progress';
        if (isOpen) open += 1;
        const id = randomUUID();

        // Identity pauses (GDPR Art. 12(6)): an open one while waiting, a closed one now and then.
        const pauses: Array<{ startedAt: Date; endedAt: Date | null }> = [];
        if (status === 'identity_pending') {
          const startedAt = new Date(
            receivedAt.getTime() + random.next() * Math.min(ageDays, 5) * DAY,
          );
          pauses.push({ startedAt, endedAt: null });
        } else if (status !== 'received' && ageDays > 6 && random.chance(0.15)) {
          const startedAt = new Date(receivedAt.getTime() + random.int(1, 3) * DAY);
          const endedAt = new Date(
            startedAt.getTime() + random.int(1, Math.min(10, Math.floor(ageDays) - 4)) * DAY,
          );
          if (endedAt < now) pauses.push({ startedAt, endedAt });
        }
        const isExtended =
          (status === 'in_progress' &&
            ageDays > 20 &&
            random.chance(mode === 'open' ? 0.1 : 0.4)) ||
          (!isOpen && ageDays > 30 && random.chance(0.05));
        const deadline = computeRequestDeadline(ctx, {
          receivedAt,
          isExtended,
          suspensions: pauses,
        });
        const closedAt = isOpen
          ? null
          : new Date(
              receivedAt.getTime() +
                (0.2 + 0.8 * random.next()) *
                  Math.min(now.getTime() - receivedAt.getTime(), 28 * DAY),
            );
        const isAssigned = status === 'received' ? random.chance(0.2) : random.chance(0.85);
        // The signed-in benchmark handler works about a third of the assigned requests.
        const assigneeId = isAssigned
          ? random.chance(0.35)
            ? staffIds[0]
            : random.pick(staffIds)
          : null;
        const handlerId = assigneeId ?? random.pick(staffIds);
        const isVerified =
          status === 'in_progress' ||
          status === 'completed' ||
          (status === 'refused' && random.chance(0.5));
        const identityVerifiedAt = isVerified
          ? new Date(Math.min(now.getTime(), receivedAt.getTime() + random.int(1, 48) * 3_600_000))
          : null;

        let reference: string;
        do {
          reference = generateRequestReference(
            Number(toLocalDate(receivedAt, ctx.env.CONTROLLER_TIME_ZONE).slice(0, 4)),
            (max) => Math.floor(random.next() * max),
          );
        } while (references.has(reference));
        references.add(reference);

        const timeline: Array<
          [type: string, actor: 'subject' | 'staff', at: Date, visible: boolean]
        > = [['submitted', 'subject', receivedAt, true]];
        if (assigneeId)
          timeline.push(['assigned', 'staff', new Date(receivedAt.getTime() + 3_600_000), false]);
        for (const pause of pauses) {
          timeline.push(['identity_info_requested', 'staff', pause.startedAt, true]);
          if (pause.endedAt) timeline.push(['identity_answered', 'subject', pause.endedAt, true]);
        }
        if (identityVerifiedAt) {
          timeline.push(['identity_verified', 'staff', identityVerifiedAt, false]);
          timeline.push(['started', 'staff', identityVerifiedAt, true]);
        }
        if (isExtended)
          timeline.push([
            'deadline_extended',
            'staff',
            new Date(receivedAt.getTime() + 20 * DAY),
            true,
          ]);
        if (closedAt) {
          const closing = status === 'withdrawn' ? 'withdrawn' : status;
          timeline.push([closing, status === 'withdrawn' ? 'subject' : 'staff', closedAt, true]);
        }
        for (const [eventType, actor, at, visible] of timeline) {
          events.push({
            id: randomUUID(),
            requestId: id,
            type: eventType,
            actorType: actor,
            actorId: actor === 'staff' ? handlerId : account.id,
            isVisibleToSubject: visible,
            data:
              eventType === 'submitted'
                ? JSON.stringify({ reference, dueDate: deadline.dueDate })
                : null,
            createdAt: at,
          });
        }
        if (random.chance(0.25)) {
          messages.push({
            id: randomUUID(),
            requestId: id,
            authorType: 'subject',
            authorStaffId: null,
            body: 'Hei, onko pyyntöni edennyt? Voin tarvittaessa lähettää lisätietoja.',
            isInternalNote: false,
            isIdentityAnswer: false,
            createdAt: new Date(receivedAt.getTime() + 2 * 3_600_000),
          });
        }
        if (assigneeId && random.chance(0.15)) {
          messages.push({
            id: randomUUID(),
            requestId: id,
            authorType: 'staff',
            authorStaffId: handlerId,
            body: 'Tarkistettu asiakasrekisteristä, löytyi yksi asiakkuus.',
            isInternalNote: true,
            isIdentityAnswer: false,
            createdAt: new Date(receivedAt.getTime() + 4 * 3_600_000),
          });
        }
        if (account.person && identityVerifiedAt) {
          links.push({
            id: randomUUID(),
            requestId: id,
            recordType: 'customer',
            recordId: account.person.customerId,
            matchScore: 100,
            confirmedById: handlerId,
            confirmedAt: identityVerifiedAt,
          });
        }
        for (const pause of pauses) {
          suspensions.push({
            id: randomUUID(),
            requestId: id,
            startedAt: pause.startedAt,
            endedAt: pause.endedAt,
            reason: 'Henkilöllisyyden varmistus',
          });
        }
        const details = detailsFor(random, type);
        requests.push({
          id,
          reference,
          accountId: account.id,
          type,
          status,
          targetsCustomerRegister: details.registers.includes('customer'),
          targetsMarketingRegister: details.registers.includes('marketing'),
          details: JSON.stringify(details),
          locale: account.locale,
          receivedAt,
          dueDate: deadline.effectiveDueDate,
          targetDate: deadline.targetDate,
          isExtended,
          extendedAt: isExtended ? new Date(receivedAt.getTime() + 20 * DAY) : null,
          extensionReason: isExtended ? 'Pyyntö koskee laajaa laskutusaineistoa.' : null,
          assigneeId,
          identityVerifiedAt,
          identityVerifiedById: identityVerifiedAt ? handlerId : null,
          identityNote: identityVerifiedAt ? 'Sähköposti vahvistettu kertakoodilla.' : null,
          refusalGround: status === 'refused' ? 'manifestly_unfounded' : null,
          refusalReason: status === 'refused' ? 'Pyyntö on ilmeisen perusteeton.' : null,
          responseLetter: status === 'completed' ? 'Pyyntönne on käsitelty.' : null,
          closedAt,
          version: timeline.length,
          createdAt: receivedAt,
          updatedAt: closedAt ?? timeline.at(-1)?.[2] ?? receivedAt,
        });
      }
      await inserter.insertBatch([
        ['RightsRequest', requests],
        ['RequestSuspension', suspensions],
        ['RequestEvent', events],
        ['RequestMessage', messages],
        ['RequestRecordLink', links],
      ]);
    }
  } finally {
    await inserter.close();
  }
  return {
    requests: options.count,
    open,
    accounts: accountRows.length,
    ms: Math.round(performance.now() - started),
  };
}
