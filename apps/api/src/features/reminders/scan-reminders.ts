import {
  addLocalDays,
  identityAnswerReminderDate,
  pickDueReminders,
  toLocalDate,
  type Deadline,
  type LocalDate,
  type Reminder,
} from '@oikeus/domain';
import type { AppContext } from '../../context';
import type { Prisma } from '../../generated/sqlite/client';
import type { MailRequestType } from '../mail/mail-format';
import { computeRequestDeadline } from '../request-core/request-deadline';
import { loadReminderSchedule } from '../../config/reminder-schedule';
import { loadRegisterReviewDates } from '../../registers/register-review-dates';
import { pickDigestRecipients } from '../staff/staff-mail-recipients';
import { loadStaffDirectory } from './load-staff-directory';
import { queueDailyDigest, type DigestItem, type QueueDigestOutcome } from './queue-daily-digest';
import { openRequestStatuses, queueReminders, type ReminderJob } from './queue-reminders';

/** Placeholder request id in reminders computed once for many requests. */
const SHARED = '*';

/**
 * Reminders per transaction in a scan. A catch-up (thousands due at once)
 * costs one commit — on SQLite one fsync — per batch, so batches are larger
 * than `queueReminders`' default; 250 keeps every statement well inside both
 * databases' parameter limits.
 */
const SCAN_BATCH_SIZE = 250;

const scanSelect = {
  id: true,
  reference: true,
  type: true,
  status: true,
  version: true,
  receivedAt: true,
  isExtended: true,
  assigneeId: true,
  dueDate: true,
  suspensions: { select: { startedAt: true, endedAt: true } },
} as const;

/**
 * The open requests a page at a time, status by status in the order of the
 * (status, dueDate, receivedAt, id) index: each page is an ordered index walk
 * from the last row of the one before, so the pass reads every open request
 * once. (Id order made each page sort every open request again.)
 */
async function* openRequestPages(
  ctx: Pick<AppContext, 'db'>,
  pageSize: number,
): AsyncGenerator<Array<Prisma.RightsRequestGetPayload<{ select: typeof scanSelect }>>> {
  for (const status of openRequestStatuses) {
    let last: { dueDate: string; receivedAt: Date; id: string } | undefined;
    for (;;) {
      const page = await ctx.db.prisma.rightsRequest.findMany({
        where: {
          status,
          ...(last
            ? {
                dueDate: { gte: last.dueDate },
                OR: [
                  { dueDate: { gt: last.dueDate } },
                  { dueDate: last.dueDate, receivedAt: { gt: last.receivedAt } },
                  { dueDate: last.dueDate, receivedAt: last.receivedAt, id: { gt: last.id } },
                ],
              }
            : {}),
        },
        orderBy: [{ dueDate: 'asc' }, { receivedAt: 'asc' }, { id: 'asc' }],
        take: pageSize,
        select: scanSelect,
      });
      if (page.length > 0) yield page;
      if (page.length < pageSize) break;
      last = page[page.length - 1];
    }
  }
}

/**
 * The reminder of an identity question waiting for an answer, from the day it
 * is due (14 days after the question) until the request moves on. The key
 * holds the reminder date, so each question is reminded once.
 */
function unansweredIdentityReminder(
  request: {
    status: string;
    suspensions: Array<{ startedAt: Date; endedAt: Date | null }>;
  },
  deadline: Deadline,
  today: LocalDate,
  timeZone: string,
): Reminder | null {
  if (request.status !== 'identity_pending') return null;
  const open = request.suspensions.find((s) => s.endedAt === null);
  if (!open) return null;
  const dueDate = identityAnswerReminderDate(toLocalDate(open.startedAt, timeZone));
  if (dueDate > today) return null;
  return {
    kind: 'identity_unanswered',
    dueDate,
    // With the placeholder id, like the deadline reminders: the loop puts the request's id in.
    key: `${SHARED}:identity_unanswered:${dueDate}`,
    deadlineDate: deadline.effectiveDueDate,
  };
}

interface ScannedRequest {
  receivedAt: Date;
  isExtended: boolean;
  suspensions: Array<{ startedAt: Date; endedAt: Date | null }>;
}

export interface ScanRemindersOptions {
  /** Requests read per query; bounded memory whatever the queue length. */
  pageSize?: number;
  /** Whether to queue the daily digest (default true). */
  isDigestEnabled?: boolean;
}

export interface ScanRemindersResult {
  date: string;
  scanned: number;
  /** Reminders due today that were not yet stored when the page was read. */
  due: number;
  queued: number;
  /** Another worker got there first (unique key). */
  alreadyQueued: number;
  /** The request changed or closed between reading it and queueing. */
  noLongerDue: number;
  digest: QueueDigestOutcome | 'not_a_working_day' | 'disabled';
}

/**
 * One pass over the open requests at the context's current instant: compute
 * each deadline (computeRequestDeadline: GDPR Art. 12(3), Reg. 1182/71), pick
 * the reminders due today from the admin's schedule, and queue the ones not
 * yet stored. Reads only the columns it needs, page by page in index order, and
 * checks stored keys for a whole page in one query, so 20 000 open requests
 * cost a few dozen queries plus one transaction per reminder actually due.
 */
export async function scanReminders(
  ctx: Pick<
    AppContext,
    'db' | 'env' | 'clock' | 'logger' | 'registerDescription' | 'holidayCalendar'
  >,
  options: ScanRemindersOptions = {},
): Promise<ScanRemindersResult> {
  const pageSize = options.pageSize ?? 1000;
  const prisma = ctx.db.prisma;
  const today = toLocalDate(ctx.clock.now(), ctx.env.CONTROLLER_TIME_ZONE);
  const weekEnd = addLocalDays(today, 6);
  const calendar = ctx.holidayCalendar;
  const [schedule, directory] = await Promise.all([
    loadReminderSchedule(ctx),
    loadStaffDirectory(ctx),
  ]);
  const result: ScanRemindersResult = {
    date: today,
    scanned: 0,
    due: 0,
    queued: 0,
    alreadyQueued: 0,
    noLongerDue: 0,
    digest: 'disabled',
  };
  const dueSoon: DigestItem[] = [];
  const overdue: DigestItem[] = [];
  const unassigned: DigestItem[] = [];

  // A deadline depends only on the local date of receipt, the extension and
  // the local dates of its pauses (Reg. 1182/71 Art. 3), and its reminders on that deadline;
  // thousands of open requests share a few dozen receipt dates, so each is
  // computed once per scan. The local date is constant within a UTC quarter
  // hour, because every time-zone offset is a multiple of 15 minutes.
  const localDates = new Map<number, LocalDate>();
  const shared = new Map<string, { deadline: Deadline; reminders: Reminder[] }>();
  function localDateOf(instant: Date): LocalDate {
    const quarter = Math.floor(instant.getTime() / 900_000);
    let localDate = localDates.get(quarter);
    if (!localDate) {
      localDate = toLocalDate(instant, ctx.env.CONTROLLER_TIME_ZONE);
      localDates.set(quarter, localDate);
    }
    return localDate;
  }
  function deadlineAndReminders(request: ScannedRequest): {
    deadline: Deadline;
    reminders: Reminder[];
  } {
    let key = `${localDateOf(request.receivedAt)}|${request.isExtended}`;
    if (request.suspensions.length > 0) {
      // A pause counts in the local dates it starts and ends on (an open one
      // ends today), so requests paused on the same days share a deadline too.
      // A malformed pause (ending before it starts) is computed on its own and
      // fails there as it always did.
      if (request.suspensions.some((p) => p.endedAt !== null && p.endedAt < p.startedAt)) {
        const deadline = computeRequestDeadline(ctx, request);
        return {
          deadline,
          reminders: pickDueReminders({ requestId: SHARED, deadline, calendar, schedule, today }),
        };
      }
      for (const pause of request.suspensions) {
        key += `|${localDateOf(pause.startedAt)}-${pause.endedAt ? localDateOf(pause.endedAt) : 'open'}`;
      }
    }
    let result = shared.get(key);
    if (!result) {
      const deadline = computeRequestDeadline(ctx, request);
      result = {
        deadline,
        reminders: pickDueReminders({ requestId: SHARED, deadline, calendar, schedule, today }),
      };
      shared.set(key, result);
    }
    return result;
  }

  for await (const page of openRequestPages(ctx, pageSize)) {
    result.scanned += page.length;

    const jobs: ReminderJob[] = [];
    for (const request of page) {
      const { deadline, reminders } = deadlineAndReminders(request);
      const due = deadline.effectiveDueDate;
      const assigneeName = request.assigneeId
        ? (directory.byId.get(request.assigneeId)?.name ?? null)
        : null;
      const item: DigestItem = {
        reference: request.reference,
        requestType: request.type,
        dueDate: due,
        assigneeName,
      };
      if (due < today) overdue.push(item);
      else if (due <= weekEnd) dueSoon.push(item);
      // An assignee who has left (inactive) leaves the request with nobody.
      if (assigneeName === null) unassigned.push(item);

      // Art. 12(2), 11(2): an identity question unanswered for 14 days is reminded once.
      const question = unansweredIdentityReminder(
        request,
        deadline,
        today,
        ctx.env.CONTROLLER_TIME_ZONE,
      );
      for (const reminder of question ? [...reminders, question] : reminders) {
        jobs.push({
          // The domain's key is `${requestId}:${kind}:${dueDate}`; shared results carry a placeholder id.
          reminder: { ...reminder, key: `${request.id}${reminder.key.slice(SHARED.length)}` },
          request: {
            id: request.id,
            reference: request.reference,
            type: request.type as MailRequestType,
            version: request.version,
            assigneeId: request.assigneeId,
            isExtended: request.isExtended,
          },
        });
      }
    }
    if (jobs.length === 0) continue;

    // Keys already stored (by an earlier scan or another worker) are skipped
    // with one query per 500 instead of one transaction each.
    const stored = new Set<string>();
    const keys = jobs.map((job) => job.reminder.key);
    for (let i = 0; i < keys.length; i += 500) {
      const rows = await prisma.reminder.findMany({
        where: { key: { in: keys.slice(i, i + 500) } },
        select: { key: true },
      });
      for (const row of rows) stored.add(row.key);
    }
    const fresh = jobs.filter((job) => !stored.has(job.reminder.key));
    if (fresh.length === 0) continue;
    result.due += fresh.length;
    const outcome = await queueReminders(
      ctx,
      { jobs: fresh, directory, calendar },
      { batchSize: SCAN_BATCH_SIZE },
    );
    result.queued += outcome.queued;
    result.alreadyQueued += outcome.alreadyQueued;
    result.noLongerDue += outcome.noLongerDue;
  }

  if (options.isDigestEnabled !== false) {
    result.digest = calendar.isWorkingDay(today)
      ? await queueDailyDigest(ctx, {
          date: today,
          dueSoon,
          overdue,
          assigneeNames: directory.byId,
          unassigned,
          reviewsDue: (await loadRegisterReviewDates(ctx, { today })).filter((r) => r.isDue),
          recipients: pickDigestRecipients(directory).map((m) => ({
            key: m.key,
            email: m.email,
            locale: m.locale,
          })),
        })
      : 'not_a_working_day';
  }
  return result;
}
