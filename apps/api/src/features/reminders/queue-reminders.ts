import { randomUUID } from 'node:crypto';
import {
  addLocalDays,
  IDENTITY_ANSWER_REMINDER_DAYS,
  workingDaysOverdue,
  type HolidayCalendar,
  type Reminder,
} from '@oikeus/domain';
import type { AppContext } from '../../context';
import { inTransaction, type Tx } from '../../db/transaction';
import { Prisma } from '../../generated/sqlite/client';
import { enqueueMails, type AnyEnqueueMailInput } from '../mail/enqueue-mail';
import { appendAuditEntries } from '../audit/append-audit-entries';
import type { MailRequestType } from '../mail/mail-format';
import { consoleRequestPath } from '../request-core/request-paths';
import {
  reminderRecipients,
  type ReminderRecipient,
  type StaffDirectory,
} from './load-staff-directory';

/** The statuses in which a request still has a deadline to meet. */
export const openRequestStatuses = ['received', 'identity_pending', 'in_progress'] as const;

export interface ReminderJob {
  reminder: Reminder;
  request: {
    id: string;
    reference: string;
    type: MailRequestType;
    /** The version the reminder was computed from; any change since means recompute. */
    version: number;
    assigneeId: string | null;
    isExtended: boolean;
  };
}

export interface QueueRemindersResult {
  queued: number;
  /** Another worker stored the key first. */
  alreadyQueued: number;
  /** The request closed or changed since the scan read it. */
  noLongerDue: number;
}

type Ctx = Pick<AppContext, 'db' | 'env' | 'clock' | 'logger' | 'registerDescription'>;

export interface QueueRemindersInput {
  jobs: readonly ReminderJob[];
  directory: StaffDirectory;
  calendar: HolidayCalendar;
}

/**
 * Stores the keys; returns those this transaction won. `ON CONFLICT DO
 * NOTHING` (SQLite ≥ 3.35 and PostgreSQL) skips keys another worker holds: on
 * PostgreSQL it first waits for that worker's transaction, so a key is never
 * won twice. Keys go in sorted order, so two workers inserting overlapping
 * batches always wait in the same direction and cannot deadlock.
 */
async function claimKeys(
  tx: Tx,
  jobs: readonly ReminderJob[],
  now: Date,
): Promise<Map<string, string>> {
  const rows = jobs.map(
    ({ reminder, request }) =>
      Prisma.sql`(${randomUUID()}, ${reminder.key}, ${request.id}, ${reminder.kind}, ${reminder.dueDate}, ${now})`,
  );
  const won = await tx.$queryRaw<Array<{ id: string; key: string }>>(
    Prisma.sql`INSERT INTO "Reminder" ("id", "key", "requestId", "kind", "dueDate", "createdAt") VALUES ${Prisma.join(rows)}
      ON CONFLICT ("key") DO NOTHING RETURNING "id", "key"`,
  );
  return new Map(won.map((row) => [row.key, row.id]));
}

/**
 * Reads the requests after their keys are written. PostgreSQL: FOR SHARE waits
 * for a handler's change in flight and keeps the rows from changing until we
 * commit (rows locked before the audit chain, the same order a handler's
 * state change takes them). SQLite: the insert already holds the single write
 * lock, so nothing can change before commit.
 */
async function readRequests(
  tx: Tx,
  ctx: Ctx,
  ids: string[],
): Promise<Map<string, { status: string; version: number }>> {
  if (ctx.db.provider === 'postgresql') {
    const rows = await tx.$queryRaw<Array<{ id: string; status: string; version: number }>>(
      Prisma.sql`SELECT "id", "status"::text AS "status", "version" FROM "RightsRequest"
        WHERE "id" IN (${Prisma.join(ids)}) ORDER BY "id" FOR SHARE`,
    );
    return new Map(rows.map((r) => [r.id, r]));
  }
  const rows = await tx.rightsRequest.findMany({
    where: { id: { in: ids } },
    select: { id: true, status: true, version: true },
  });
  return new Map(rows.map((r) => [r.id, r]));
}

function reminderMail(
  job: ReminderJob,
  recipient: ReminderRecipient,
  input: QueueRemindersInput,
): AnyEnqueueMailInput {
  const { reminder, request } = job;
  const common = {
    reference: request.reference,
    requestType: request.type,
    consolePath: consoleRequestPath(request.id),
  };
  const base = {
    to: recipient.email,
    locale: recipient.locale,
    requestId: request.id,
    dedupeKey: `reminder:${reminder.key}:${recipient.key}`,
  };
  switch (reminder.kind) {
    case 'before_due':
      return {
        ...base,
        template: 'reminder_before_due',
        data: {
          ...common,
          dueDate: reminder.deadlineDate,
          workingDaysBefore: reminder.workingDaysBefore ?? 1,
          isExtended: request.isExtended,
        },
      };
    case 'target':
      return {
        ...base,
        template: 'reminder_target',
        data: { ...common, targetDate: reminder.dueDate, dueDate: reminder.deadlineDate },
      };
    case 'overdue':
      return {
        ...base,
        template: 'reminder_overdue',
        data: {
          ...common,
          dueDate: reminder.deadlineDate,
          workingDaysOverdue: workingDaysOverdue(
            input.calendar,
            reminder.deadlineDate,
            reminder.dueDate,
          ),
        },
      };
    case 'identity_unanswered':
      return {
        ...base,
        template: 'reminder_identity_unanswered',
        // The reminder falls 14 days after the question (identityAnswerReminderDate).
        data: {
          ...common,
          askedOn: addLocalDays(reminder.dueDate, -IDENTITY_ANSWER_REMINDER_DAYS),
        },
      };
    case 'escalation':
      return {
        ...base,
        template: 'escalation_overdue',
        data: {
          ...common,
          dueDate: reminder.deadlineDate,
          workingDaysOverdue: workingDaysOverdue(
            input.calendar,
            reminder.deadlineDate,
            reminder.dueDate,
          ),
          assigneeName: request.assigneeId
            ? (input.directory.byId.get(request.assigneeId)?.name ?? null)
            : null,
        },
      };
  }
}

/** Links each Reminder row to its (first) mail in one statement. */
async function linkMails(
  tx: Tx,
  links: ReadonlyArray<{ reminderId: string; mailId: string }>,
): Promise<void> {
  if (links.length === 0) return;
  const cases = links.map((link) => Prisma.sql`WHEN ${link.reminderId} THEN ${link.mailId}`);
  await tx.$executeRaw(
    Prisma.sql`UPDATE "Reminder" SET "outboxMessageId" = CASE "id" ${Prisma.join(cases, ' ')} END
      WHERE "id" IN (${Prisma.join(links.map((link) => link.reminderId))})`,
  );
}

async function queueBatch(
  ctx: Ctx,
  input: QueueRemindersInput,
  jobs: ReminderJob[],
): Promise<QueueRemindersResult> {
  return inTransaction(ctx.db, async (tx) => {
    const now = ctx.clock.now();
    const won = await claimKeys(tx, jobs, now);
    const result: QueueRemindersResult = {
      queued: 0,
      alreadyQueued: jobs.length - won.size,
      noLongerDue: 0,
    };
    const mine = jobs.filter((job) => won.has(job.reminder.key));
    if (mine.length === 0) return result;

    const current = await readRequests(tx, ctx, [...new Set(mine.map((job) => job.request.id))]);
    const isStillDue = (job: ReminderJob) => {
      const row = current.get(job.request.id);
      return (
        row !== undefined &&
        (openRequestStatuses as readonly string[]).includes(row.status) &&
        row.version === job.request.version
      );
    };
    const stale = mine.filter((job) => !isStillDue(job));
    if (stale.length > 0) {
      // Never visible to anyone: the next scan recomputes these from the request as it is now.
      await tx.reminder.deleteMany({
        where: { key: { in: stale.map((job) => job.reminder.key) } },
      });
      result.noLongerDue = stale.length;
    }
    const due = mine.filter(isStillDue);
    const mails: AnyEnqueueMailInput[] = [];
    const plan = due.map((job) => {
      const recipients = reminderRecipients(input.directory, {
        isEscalation: job.reminder.kind === 'escalation',
        assigneeId: job.request.assigneeId,
      });
      const firstMail = mails.length;
      for (const recipient of recipients) mails.push(reminderMail(job, recipient, input));
      return {
        job,
        reminderId: won.get(job.reminder.key)!,
        firstMail,
        recipients: recipients.length,
      };
    });
    const queued = await enqueueMails(tx, ctx, mails);
    // A reminder everyone opted out of is still recorded (and audited) as done, with no mail.
    await linkMails(
      tx,
      plan
        .filter((p) => p.recipients > 0)
        .map((p) => ({ reminderId: p.reminderId, mailId: queued[p.firstMail]!.id })),
    );
    // Audit last: the chain's lock is then held only for this one insert.
    await appendAuditEntries(
      tx,
      ctx.db,
      plan.map((p) => ({
        at: now,
        actorType: 'system' as const,
        action: 'reminder.queued',
        requestId: p.job.request.id,
        recordType: 'reminder',
        recordId: p.reminderId,
        details: {
          kind: p.job.reminder.kind,
          dueDate: p.job.reminder.dueDate,
          deadline: p.job.reminder.deadlineDate,
          recipients: p.recipients,
        },
      })),
    );
    result.queued = due.length;
    return result;
  });
}

function add(into: QueueRemindersResult, from: QueueRemindersResult): void {
  into.queued += from.queued;
  into.alreadyQueued += from.alreadyQueued;
  into.noLongerDue += from.noLongerDue;
}

/**
 * Queues deadline reminders: for each, a Reminder row with its unique key
 * (request, kind, due date) and the staff mail, committed together, so any
 * number of workers send each reminder once (DESIGN.md "At most once").
 * A request completed, refused, withdrawn or otherwise changed since the scan
 * read it gets nothing now; the next scan recomputes it. Work goes in
 * transactions of up to `batchSize` reminders; if a batch fails, its
 * reminders are retried one by one so one bad row cannot hold back the rest.
 */
export async function queueReminders(
  ctx: Ctx,
  input: QueueRemindersInput,
  options: { batchSize?: number } = {},
): Promise<QueueRemindersResult> {
  const batchSize = options.batchSize ?? 100;
  const sorted = [...input.jobs].sort((a, b) =>
    a.reminder.key < b.reminder.key ? -1 : a.reminder.key > b.reminder.key ? 1 : 0,
  );
  const batches: ReminderJob[][] = [];
  for (let i = 0; i < sorted.length; i += batchSize) batches.push(sorted.slice(i, i + batchSize));
  // Workers scanning together start at different batches, so they mostly work side by side
  // instead of queueing behind each other's keys.
  const offset = batches.length > 0 ? Math.floor(Math.random() * batches.length) : 0;
  const result: QueueRemindersResult = { queued: 0, alreadyQueued: 0, noLongerDue: 0 };
  for (let n = 0; n < batches.length; n += 1) {
    const batch = batches[(n + offset) % batches.length]!;
    try {
      add(result, await queueBatch(ctx, input, batch));
    } catch (error) {
      if (batch.length === 1) throw error;
      ctx.logger.warn(
        { size: batch.length, err: { message: (error as Error).message } },
        'reminder batch failed; queueing one by one',
      );
      for (const job of batch) {
        try {
          add(result, await queueBatch(ctx, input, [job]));
        } catch (single) {
          ctx.logger.error(
            { reminderKey: job.reminder.key, err: { message: (single as Error).message } },
            'reminder could not be queued',
          );
        }
      }
    }
  }
  return result;
}
