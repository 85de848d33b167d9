import {
  addLocalDays,
  toLocalDate,
  type Deadline,
  type LocalDate,
  type Reminder,
} from '@oikeus/domain';
import type { AppContext } from '../../context';
import { getHolidayCalendar } from '../calendar/get-holiday-calendar';
import { getMailIdentity } from '../mail/get-mail-identity';
import type { MailRequestType } from '../mail/mail-format';
import { computeRequestDeadline } from '../requests/compute-request-deadline';
import { loadReminderSchedule } from './load-reminder-schedule';
import { contactLocale, loadStaffDirectory } from './load-staff-directory';
import { pickDueReminders } from './pick-due-reminders';
import { queueDailyDigest, type DigestItem, type QueueDigestOutcome } from './queue-daily-digest';
import { openRequestStatuses, queueReminders, type ReminderJob } from './queue-reminders';

/** Placeholder request id in reminders computed once for many requests. */
const SHARED = '*';

interface ScannedRequest {
  receivedAt: Date;
  isExtended: boolean;
  suspensions: Array<{ startedAt: Date; endedAt: Date | null }>;
}

export interface ScanRemindersOptions {
  /** Requests read per query; bounded memory whatever the queue length. */
  pageSize?: number;
  /** Whether to queue the contact person's daily digest (default true). */
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
 * yet stored. Reads only the columns it needs, page by page in id order, and
 * checks stored keys for a whole page in one query, so 20 000 open requests
 * cost a few dozen queries plus one transaction per reminder actually due.
 */
export async function scanReminders(
  ctx: Pick<AppContext, 'db' | 'env' | 'clock' | 'logger'>,
  options: ScanRemindersOptions = {},
): Promise<ScanRemindersResult> {
  const pageSize = options.pageSize ?? 1000;
  const prisma = ctx.db.prisma;
  const today = toLocalDate(ctx.clock.now(), ctx.env.CONTROLLER_TIME_ZONE);
  const weekEnd = addLocalDays(today, 6);
  const calendar = getHolidayCalendar(ctx.env);
  const [schedule, directory] = await Promise.all([
    loadReminderSchedule(ctx),
    loadStaffDirectory(ctx),
  ]);
  const { contactEmail } = getMailIdentity(ctx);
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

  // Without a suspension, a deadline depends only on the local date of receipt
  // and the extension (Reg. 1182/71 Art. 3), and its reminders on that deadline;
  // thousands of open requests share a few dozen receipt dates, so each is
  // computed once per scan. The local date is constant within a UTC quarter
  // hour, because every time-zone offset is a multiple of 15 minutes.
  const localDates = new Map<number, LocalDate>();
  const shared = new Map<string, { deadline: Deadline; reminders: Reminder[] }>();
  function deadlineAndReminders(request: ScannedRequest): {
    deadline: Deadline;
    reminders: Reminder[];
  } {
    if (request.suspensions.length > 0) {
      const deadline = computeRequestDeadline(ctx, request);
      return {
        deadline,
        reminders: pickDueReminders({ requestId: SHARED, deadline, calendar, schedule, today }),
      };
    }
    const quarter = Math.floor(request.receivedAt.getTime() / 900_000);
    let localDate = localDates.get(quarter);
    if (!localDate) {
      localDate = toLocalDate(request.receivedAt, ctx.env.CONTROLLER_TIME_ZONE);
      localDates.set(quarter, localDate);
    }
    const key = `${localDate}|${request.isExtended}`;
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

  let cursor: string | undefined;
  for (;;) {
    const page = await prisma.rightsRequest.findMany({
      where: {
        status: { in: [...openRequestStatuses] },
        ...(cursor ? { id: { gt: cursor } } : {}),
      },
      orderBy: { id: 'asc' },
      take: pageSize,
      select: {
        id: true,
        reference: true,
        type: true,
        version: true,
        receivedAt: true,
        isExtended: true,
        assigneeId: true,
        suspensions: { select: { startedAt: true, endedAt: true } },
      },
    });
    if (page.length === 0) break;
    cursor = page[page.length - 1]?.id;
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

      for (const reminder of reminders) {
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
    const outcome = await queueReminders(ctx, { jobs: fresh, directory, contactEmail, calendar });
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
          contactEmail,
          locale: contactLocale(directory, { contactEmail }),
        })
      : 'not_a_working_day';
  }
  return result;
}
