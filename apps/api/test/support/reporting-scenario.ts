// A set of requests whose figures are known by construction, for the
// reporting tests. Every request is assigned to one fresh handler, so a report
// scoped to that handler counts exactly this set, even on the PostgreSQL
// database every test file shares.
import type { AuditAction } from '@oikeus/contracts';
import { appendAuditEntry } from '../../src/features/audit/append-audit-entry';
import { inTransaction } from '../../src/db/transaction';
import { computeRequestDeadline } from '../../src/features/request-core/request-deadline';
import { createRightsRequest, type RequestOverrides } from './console-factories';
import type { TestApp } from './test-app';

/** Monday 3 March 2031, 09:00 in Helsinki: the nine answered requests arrive then. */
export const RECEIVED = new Date('2031-03-03T07:00:00Z');
/** The clock of the reporting tests: Sunday 15 June 2031, noon in Helsinki. */
export const REPORT_NOW = new Date('2031-06-15T09:00:00Z');

/** An answer `date` at 12:00 UTC (15:00 in Helsinki), `workingDays` after receipt. */
interface Answer {
  type: NonNullable<RequestOverrides['type']>;
  date: string;
  workingDays: number;
  refusalGround?: string;
}

/**
 * Received Monday 3 March, due Thursday 3 April 2031 (23 working days later;
 * no public holiday in between). Seven answered on time, two late; working
 * days 3, 5, 8, 10, 12, 12, 15, 24, 25: median 12, 90th percentile 25.
 */
export const answers: Answer[] = [
  { type: 'access', date: '2031-03-06', workingDays: 3 },
  { type: 'access', date: '2031-03-10', workingDays: 5 },
  { type: 'access', date: '2031-03-13', workingDays: 8 },
  { type: 'access', date: '2031-03-17', workingDays: 10, refusalGround: 'excessive' },
  { type: 'erasure', date: '2031-03-19', workingDays: 12 },
  { type: 'erasure', date: '2031-03-19', workingDays: 12 },
  { type: 'erasure', date: '2031-03-24', workingDays: 15, refusalGround: 'manifestly_unfounded' },
  { type: 'rectification', date: '2031-04-04', workingDays: 24 },
  { type: 'rectification', date: '2031-04-07', workingDays: 25 },
];

async function createRequest(
  app: TestApp,
  handlerId: string,
  overrides: RequestOverrides & {
    closedAt?: Date;
    refusalGround?: string;
    isExtended?: boolean;
    extendedAt?: Date;
  },
) {
  const { closedAt, refusalGround, isExtended, extendedAt, ...request } = overrides;
  const created = await createRightsRequest(app, { ...request, assigneeId: handlerId });
  const deadline = computeRequestDeadline(app.ctx, {
    receivedAt: created.receivedAt,
    isExtended: isExtended ?? false,
    suspensions: [],
  });
  return app.ctx.db.prisma.rightsRequest.update({
    where: { id: created.id },
    data: {
      dueDate: deadline.effectiveDueDate,
      closedAt: closedAt ?? null,
      refusalGround: refusalGround ?? null,
      isExtended: isExtended ?? false,
      extendedAt: extendedAt ?? null,
    },
  });
}

async function audit(
  app: TestApp,
  requestId: string,
  action: AuditAction,
  recordType: string | null,
  at: Date,
) {
  await inTransaction(app.ctx.db, (tx) =>
    appendAuditEntry(tx, app.ctx.db, {
      at,
      actorType: 'staff',
      action,
      requestId,
      recordType,
      recordId: recordType ? `${recordType}-${requestId}` : null,
    }),
  );
}

/**
 * Seeds the year 2031 for one handler. Besides the nine answers:
 * - one request received 28 Feb 22:30 UTC (1 March 00:30 in Helsinki) and one
 *   31 Mar 22:30 UTC (1 April 01:30 in Helsinki, summer time): months are the
 *   controller's; the first waited 7 days for identity, the second still waits;
 * - one withdrawn in May, one extended in May (after a 3-day identity pause);
 * - audit entries of register actions and packages in March, and two at the
 *   turn of the year: 31 Dec 2030 22:30 UTC is 1 Jan 2031 in Helsinki (counts),
 *   31 Dec 2031 22:30 UTC is 1 Jan 2032 there (does not).
 */
export async function seedReportingYear(app: TestApp, handlerId: string) {
  const answered = [];
  for (const answer of answers) {
    answered.push(
      await createRequest(app, handlerId, {
        type: answer.type,
        receivedAt: RECEIVED,
        status: answer.refusalGround ? 'refused' : 'completed',
        closedAt: new Date(`${answer.date}T12:00:00Z`),
        ...(answer.refusalGround ? { refusalGround: answer.refusalGround } : {}),
      }),
    );
  }
  const firstOfMarch = await createRequest(app, handlerId, {
    type: 'portability',
    receivedAt: new Date('2031-02-28T22:30:00Z'),
    status: 'in_progress',
  });
  const firstOfApril = await createRequest(app, handlerId, {
    type: 'objection',
    receivedAt: new Date('2031-03-31T22:30:00Z'),
    status: 'identity_pending',
  });
  const withdrawn = await createRequest(app, handlerId, {
    type: 'access',
    receivedAt: new Date('2031-05-05T09:00:00Z'),
    status: 'withdrawn',
    closedAt: new Date('2031-05-06T09:00:00Z'),
  });
  const extended = await createRequest(app, handlerId, {
    type: 'restriction',
    receivedAt: new Date('2031-05-12T09:00:00Z'),
    status: 'in_progress',
    isExtended: true,
    extendedAt: new Date('2031-05-20T09:00:00Z'),
  });
  await app.ctx.db.prisma.requestSuspension.createMany({
    data: [
      {
        requestId: firstOfMarch.id,
        startedAt: new Date('2031-03-03T09:00:00Z'),
        endedAt: new Date('2031-03-10T09:00:00Z'),
        reason: 'identity_information_requested',
      },
      {
        requestId: extended.id,
        startedAt: new Date('2031-05-13T09:00:00Z'),
        endedAt: new Date('2031-05-16T09:00:00Z'),
        reason: 'identity_information_requested',
      },
      {
        requestId: firstOfApril.id,
        startedAt: new Date('2031-04-02T09:00:00Z'),
        endedAt: null,
        reason: 'identity_information_requested',
      },
    ],
  });

  const march = new Date('2031-03-20T10:00:00Z');
  const [a0, a1, a2, a3, a4] = answered.map((r) => r.id) as [
    string,
    string,
    string,
    string,
    string,
  ];
  await audit(app, a0, 'register.rectified', 'customer', march);
  await audit(app, a0, 'register.rectified', 'customer', march);
  await audit(app, a1, 'register.erased', 'customer', march);
  await audit(app, a1, 'register.anonymised', 'customer', march);
  await audit(app, a1, 'register.erased', 'marketing_contact', march);
  await audit(app, a2, 'register.restricted', 'marketing_contact', march);
  await audit(app, a3, 'marketing.prohibited', 'marketing_contact', march);
  await audit(app, a3, 'marketing.prohibited', 'marketing_contact', march);
  await audit(app, a3, 'marketing.prohibited', 'marketing_contact', march);
  await audit(app, a4, 'export.released', null, march);
  await audit(app, a4, 'export.downloaded', null, march);
  await audit(app, a4, 'export.downloaded', null, march);
  await audit(app, a0, 'register.rectified', 'customer', new Date('2030-12-31T22:30:00Z'));
  await audit(app, a0, 'register.rectified', 'customer', new Date('2031-12-31T22:30:00Z'));
  return { answered, firstOfMarch, firstOfApril, withdrawn, extended };
}
