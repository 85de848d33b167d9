import { addLocalDays, asLocalDate, pickDueReminders, type LocalDate } from '@oikeus/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeRequestDeadline } from '../../src/features/request-core/request-deadline';
import {
  REMINDER_SCHEDULE_SETTING,
  loadReminderSchedule,
} from '../../src/config/reminder-schedule';
import { scanReminders } from '../../src/features/reminders/scan-reminders';
import { loadStaffDirectory } from '../../src/features/reminders/load-staff-directory';
import { queueReminders } from '../../src/features/reminders/queue-reminders';
import { startWorker } from '../../src/worker/start-worker';
import { createRightsRequest, createStaffUser } from '../support/mail-factories';
import { startTestSmtpServer, type TestSmtpServer } from '../support/mail-smtp-server';
import {
  createMailTestDatabase,
  startMailTestApp,
  type MailTestDatabase,
} from '../support/mail-test-app';
import type { TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

/** 07:00 UTC is 09:00 or 10:00 in Helsinki: the same local date all year. */
function morningOf(date: string): Date {
  return new Date(`${date}T07:00:00Z`);
}

describe.each(testProviders)('deadline reminders day by day on %s', (provider) => {
  let smtp: TestSmtpServer;
  let database: MailTestDatabase;
  let app: TestApp;

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    database = await createMailTestDatabase(provider);
    app = await startMailTestApp({
      provider,
      now: morningOf('2026-03-05'),
      databaseUrl: database.url,
      env: { MAIL_TRANSPORT: 'smtp', SMTP_URL: smtp.url, PUBLIC_URL: 'https://oikeus.inope.fi' },
    });
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
    await smtp.stop();
  });

  async function runWorkerOnce() {
    const worker = startWorker(app.ctx, { isLooping: false, workerId: 'reminder-test' });
    try {
      return await worker.runOnce();
    } finally {
      await worker.stop();
    }
  }

  async function reminderKeys(requestIds: string[]): Promise<Set<string>> {
    const rows = await app.ctx.db.prisma.reminder.findMany({
      where: { requestId: { in: requestIds } },
      select: { key: true },
    });
    return new Set(rows.map((r) => r.key));
  }

  /** Runs the worker each morning from `from` to `to` and returns, per day, the reminders queued that day. */
  async function walk(
    from: string,
    to: string,
    requestIds: string[],
    onDay?: (date: LocalDate) => Promise<void>,
  ) {
    const queued: Record<string, string[]> = {};
    for (let date = asLocalDate(from); date <= to; date = addLocalDays(date, 1)) {
      app.clock.set(morningOf(date));
      await onDay?.(date);
      const before = await reminderKeys(requestIds);
      await runWorkerOnce();
      const after = await reminderKeys(requestIds);
      const fresh = [...after]
        .filter((key) => !before.has(key))
        .map((key) => key.split(':').slice(1).join(':'));
      if (fresh.length > 0) queued[date] = fresh.sort();
    }
    return queued;
  }

  it('across Easter 2026 a request received on 5 March is reminded 7, 3 and 1 working days before 7 April, on its target date and every working day once overdue', async () => {
    app.clock.set(morningOf('2026-03-05'));
    const assignee = await createStaffUser(app.ctx, { role: 'handler', name: 'Niina Paasonen' });
    const otherHandler = await createStaffUser(app.ctx, { role: 'handler' });
    const admin = await createStaffUser(app.ctx, { role: 'admin' });
    const inactive = await createStaffUser(app.ctx, { role: 'admin', isActive: false });
    const request = await createRightsRequest(app.ctx, {
      receivedAt: new Date('2026-03-05T10:00:00Z'),
      assigneeId: assignee.id,
      reference: `OIK-EASTER-${provider}`,
    });
    expect(request.dueDate).toBe('2026-04-07');
    expect(request.targetDate).toBe('2026-03-31');

    const queued = await walk('2026-03-20', '2026-04-15', [request.id], async (date) => {
      // Answered on the evening of 14 April: nothing after that.
      if (date === '2026-04-15') {
        await app.ctx.db.prisma.rightsRequest.update({
          where: { id: request.id },
          data: { status: 'completed' },
        });
      }
    });
    expect(queued).toEqual({
      '2026-03-25': ['before_due:2026-03-25'],
      '2026-03-31': ['before_due:2026-03-31', 'target:2026-03-31'],
      // Thursday 2 April: Good Friday 3 April and Easter Monday 6 April are not working days.
      '2026-04-02': ['before_due:2026-04-02'],
      // 7 April is the last day: overdue from the next working day.
      '2026-04-08': ['escalation:2026-04-08', 'overdue:2026-04-08'],
      '2026-04-09': ['escalation:2026-04-09', 'overdue:2026-04-09'],
      '2026-04-10': ['escalation:2026-04-10', 'overdue:2026-04-10'],
      // Weekend 11–12 April: nothing.
      '2026-04-13': ['escalation:2026-04-13', 'overdue:2026-04-13'],
      '2026-04-14': ['escalation:2026-04-14', 'overdue:2026-04-14'],
    });

    // Reminders went to the assignee only; escalations to the active admin only.
    const toAssignee = smtp.messagesTo(assignee.email).map((m) => m.parsed.subject);
    expect(toAssignee).toEqual([
      'Muistutus: pyynnön OIK-EASTER-' + provider + ' määräaika ti 7.4.2026',
      'Muistutus: pyynnön OIK-EASTER-' + provider + ' määräaika ti 7.4.2026',
      'Tavoitepäivä tänään: pyyntö OIK-EASTER-' + provider,
      'Muistutus: pyynnön OIK-EASTER-' + provider + ' määräaika ti 7.4.2026',
      ...Array(5).fill(`Myöhässä: pyyntö OIK-EASTER-${provider} (määräaika ti 7.4.2026)`),
    ]);
    expect(smtp.messagesTo(otherHandler.email)).toHaveLength(0);
    expect(smtp.messagesTo(inactive.email)).toHaveLength(0);
    const escalations = smtp.messagesTo(admin.email);
    expect(escalations).toHaveLength(5);
    expect(escalations[0]?.parsed.subject).toBe(
      `Eskalointi: pyyntö OIK-EASTER-${provider} on myöhässä`,
    );
    expect(escalations[0]?.parsed.text).toContain('Käsittelijä: Niina Paasonen');
    expect(escalations[0]?.parsed.text).toContain(
      `https://oikeus.inope.fi/console/requests/${request.id}`,
    );
    expect(escalations[4]?.parsed.text).toContain('5 työpäivää myöhässä');

    const firstBeforeDue = smtp.messagesTo(assignee.email)[0]!.parsed.text ?? '';
    expect(firstBeforeDue).toContain('Määräaikaan 7 työpäivää');
    expect(firstBeforeDue).toContain('viimeistään tiistaina 7. huhtikuuta 2026');

    // Each reminder was recorded in the audit trail by the system.
    const audited = await app.ctx.db.prisma.auditEntry.count({
      where: { requestId: request.id, action: 'reminder.queued' },
    });
    expect(audited).toBe(14);
  });

  it('around Midsummer 2026 an unassigned request due on Midsummer Eve moves to Monday 22 June and every active handler is reminded in their own language', async () => {
    app.clock.set(morningOf('2026-05-19'));
    const handlers = [
      await createStaffUser(app.ctx),
      await createStaffUser(app.ctx, { locale: 'sv' }),
    ];
    const request = await createRightsRequest(app.ctx, {
      receivedAt: new Date('2026-05-19T12:00:00Z'),
      reference: `OIK-MIDSUMMER-${provider}`,
    });
    expect(request.dueDate).toBe('2026-06-22');

    const queued = await walk('2026-06-09', '2026-06-24', [request.id]);
    expect(queued).toEqual({
      '2026-06-10': ['before_due:2026-06-10'],
      '2026-06-15': ['target:2026-06-15'],
      '2026-06-16': ['before_due:2026-06-16'],
      '2026-06-18': ['before_due:2026-06-18'],
      // Midsummer Eve 19 June, Midsummer Day 20 June, Sunday 21 June and the due date 22 June: nothing.
      '2026-06-23': ['escalation:2026-06-23', 'overdue:2026-06-23'],
      '2026-06-24': ['escalation:2026-06-24', 'overdue:2026-06-24'],
    });
    const [finnish, swedish] = handlers.map((handler) =>
      smtp.messagesTo(handler.email).map((m) => m.parsed.subject),
    );
    expect(finnish).toHaveLength(6);
    expect(swedish).toHaveLength(6);
    expect(finnish?.[0]).toBe(
      `Muistutus: pyynnön OIK-MIDSUMMER-${provider} määräaika ma 22.6.2026`,
    );
    expect(swedish?.[0]).toMatch(
      new RegExp(
        `^Påminnelse: tidsfristen för begäran OIK-MIDSUMMER-${provider} är .*22\\.6\\.2026$`,
      ),
    );
  });

  it('when an admin sets the schedule, it is used; when the setting is broken, the default applies', async () => {
    app.clock.set(morningOf('2026-08-03'));
    const handler = await createStaffUser(app.ctx);
    // Received Monday 3 August → due Thursday 3 September 2026.
    const request = await createRightsRequest(app.ctx, {
      receivedAt: morningOf('2026-08-03'),
      assigneeId: handler.id,
    });
    expect(request.dueDate).toBe('2026-09-03');
    await app.ctx.db.prisma.setting.upsert({
      where: { key: REMINDER_SCHEDULE_SETTING },
      create: {
        key: REMINDER_SCHEDULE_SETTING,
        value: JSON.stringify({
          workingDaysBeforeDue: [2],
          remindOnTargetDate: false,
          overdue: 'first_working_day',
          escalateWhenOverdue: false,
        }),
      },
      update: {
        value: JSON.stringify({
          workingDaysBeforeDue: [2],
          remindOnTargetDate: false,
          overdue: 'first_working_day',
          escalateWhenOverdue: false,
        }),
      },
    });
    const custom = await walk('2026-08-20', '2026-09-08', [request.id]);
    expect(custom).toEqual({
      '2026-09-01': ['before_due:2026-09-01'],
      '2026-09-04': ['overdue:2026-09-04'],
    });

    await app.ctx.db.prisma.setting.update({
      where: { key: REMINDER_SCHEDULE_SETTING },
      data: { value: '{"workingDaysBeforeDue": "soon"' },
    });
    app.clock.set(morningOf('2026-09-10'));
    const second = await createRightsRequest(app.ctx, {
      receivedAt: morningOf('2026-08-10'),
      assigneeId: handler.id,
    });
    // Received Monday 10 August → due Thursday 10 September; 1 working day before is 9 September.
    const fallback = await walk('2026-09-09', '2026-09-09', [second.id]);
    expect(fallback).toEqual({ '2026-09-09': ['before_due:2026-09-09'] });
    await app.ctx.db.prisma.setting.delete({ where: { key: REMINDER_SCHEDULE_SETTING } });
  });

  it('requests that are completed, refused or withdrawn are never reminded, even on their reminder day', async () => {
    app.clock.set(morningOf('2026-10-01'));
    const handler = await createStaffUser(app.ctx);
    const closed = await Promise.all(
      (['completed', 'refused', 'withdrawn'] as const).map((status) =>
        createRightsRequest(app.ctx, {
          receivedAt: morningOf('2026-10-01'),
          status,
          assigneeId: handler.id,
          reference: `OIK-CLOSED-${status}-${provider}`,
        }),
      ),
    );
    // Due Monday 2 November 2026: 1 working day before is Friday 30 October; overdue on 3 November.
    const queued = await walk(
      '2026-10-30',
      '2026-11-03',
      closed.map((r) => r.id),
    );
    expect(queued).toEqual({});
    // (The handler does hear about the earlier tests' open requests, which are unassigned.)
    const aboutClosed = smtp
      .messagesTo(handler.email)
      .filter((m) => m.parsed.subject?.includes('OIK-CLOSED-'));
    expect(aboutClosed).toHaveLength(0);
  });

  it('the contact person gets one digest per working day, listing overdue and soon-due requests', async () => {
    app.clock.set(morningOf('2026-11-16'));
    const request = await createRightsRequest(app.ctx, {
      receivedAt: new Date('2026-10-20T08:00:00Z'),
      reference: `OIK-DIGEST-${provider}`,
    });
    expect(request.dueDate).toBe('2026-11-20');
    const first = await runWorkerOnce();
    const second = await runWorkerOnce();
    expect(first.reminders?.digest).toBe('queued');
    expect(second.reminders?.digest).toBe('already_queued');
    const digests = smtp
      .messagesTo('niina@inope.fi')
      .filter((m) => m.parsed.subject?.startsWith('Päivän katsaus ma 16.11.2026'));
    expect(digests).toHaveLength(1);
    expect(digests[0]?.parsed.text).toContain(
      `- OIK-DIGEST-${provider} – tietojen tarkastaminen – määräaika pe 20.11.2026 – ei käsittelijää`,
    );

    app.clock.set(morningOf('2026-11-21')); // Saturday
    expect((await runWorkerOnce()).reminders?.digest).toBe('not_a_working_day');
  });

  it('paused requests get the reminders of their own deadline: the scan shares work only between requests paused on the same days', async () => {
    app.clock.set(morningOf('2026-12-01'));
    const receivedAt = new Date('2026-12-01T08:00:00Z');
    const plain = await createRightsRequest(app.ctx, {
      receivedAt,
      reference: `OIK-P0-${provider}`,
    });
    // Paused 2–7 December, at different hours of the same local days; then 2–9 December; then still open.
    const pauses: Array<[string, string | null]> = [
      ['2026-12-02T08:00:00Z', '2026-12-07T08:00:00Z'],
      ['2026-12-02T15:30:00Z', '2026-12-07T13:00:00Z'],
      ['2026-12-02T08:00:00Z', '2026-12-09T08:00:00Z'],
      ['2026-12-02T08:00:00Z', null],
    ];
    const paused = [];
    for (const [index, [from, to]] of pauses.entries()) {
      const request = await createRightsRequest(app.ctx, {
        receivedAt,
        reference: `OIK-P${index + 1}-${provider}`,
      });
      await app.ctx.db.prisma.requestSuspension.create({
        data: {
          requestId: request.id,
          startedAt: new Date(from),
          endedAt: to === null ? null : new Date(to),
          reason: 'identity_information_requested',
        },
      });
      paused.push(request);
    }
    const requests = [plain, ...paused];
    const calendar = app.ctx.holidayCalendar;
    const schedule = await loadReminderSchedule(app.ctx);
    for (let date = asLocalDate('2026-12-28'); date <= '2027-01-20'; date = addLocalDays(date, 1)) {
      app.clock.set(morningOf(date));
      await scanReminders(app.ctx, { isDigestEnabled: false });
      // What each request's own deadline gives for the day, computed one by one.
      for (const request of requests) {
        const suspensions = await app.ctx.db.prisma.requestSuspension.findMany({
          where: { requestId: request.id },
        });
        const deadline = computeRequestDeadline(app.ctx, {
          receivedAt: request.receivedAt,
          isExtended: false,
          suspensions,
        });
        const expected = pickDueReminders({
          requestId: request.id,
          deadline,
          calendar,
          schedule,
          today: date,
        }).map((r) => r.key);
        const stored = await reminderKeys([request.id]);
        for (const key of expected)
          expect(stored, `${request.reference} on ${date}`).toContain(key);
      }
    }
    // Every key stored for these requests is one the request's own deadline gave.
    const firstDue = new Map<string, string>();
    // (The still-open pause moves its deadline on every day, so it is never due here.)
    expect(await reminderKeys([paused[3]!.id])).toEqual(new Set());
    for (const request of requests.slice(0, 4)) {
      const keys = [...(await reminderKeys([request.id]))].sort();
      expect(keys.length).toBeGreaterThan(0);
      firstDue.set(request.reference, keys[0]?.split(':').slice(1).join(':') ?? '');
    }
    // Five and seven paused days move the schedule apart; the same days keep it together.
    expect(firstDue.get(`OIK-P1-${provider}`)).toBe(firstDue.get(`OIK-P2-${provider}`));
    expect(firstDue.get(`OIK-P1-${provider}`)).not.toBe(firstDue.get(`OIK-P0-${provider}`));
    expect(firstDue.get(`OIK-P3-${provider}`)).not.toBe(firstDue.get(`OIK-P1-${provider}`));
  });

  it('when the request is completed between the scan and the queueing, the reminder is not queued and its key stays free', async () => {
    app.clock.set(morningOf('2026-09-11'));
    const handler = await createStaffUser(app.ctx);
    // Received Thursday 13 August 2026 → due Monday 14 September; 1 working day before is Friday 11 September.
    const request = await createRightsRequest(app.ctx, {
      receivedAt: new Date('2026-08-13T09:00:00Z'),
      assigneeId: handler.id,
    });
    const job = {
      reminder: {
        kind: 'before_due' as const,
        dueDate: asLocalDate('2026-09-11'),
        deadlineDate: asLocalDate('2026-09-14'),
        key: `${request.id}:before_due:2026-09-11`,
        workingDaysBefore: 1,
      },
      request: {
        id: request.id,
        reference: request.reference,
        type: 'access' as const,
        version: request.version,
        assigneeId: handler.id,
        isExtended: false,
      },
    };
    // What the scan read is now out of date: the handler answered the request.
    await app.ctx.db.prisma.rightsRequest.update({
      where: { id: request.id },
      data: { status: 'completed', version: { increment: 1 } },
    });
    const outcome = await queueReminders(app.ctx, {
      jobs: [job],
      directory: await loadStaffDirectory(app.ctx),
      calendar: app.ctx.holidayCalendar,
    });
    expect(outcome).toEqual({ queued: 0, alreadyQueued: 0, noLongerDue: 1 });
    expect(await app.ctx.db.prisma.reminder.count({ where: { requestId: request.id } })).toBe(0);
    expect(await app.ctx.db.prisma.outboxMessage.count({ where: { requestId: request.id } })).toBe(
      0,
    );
  });
});
