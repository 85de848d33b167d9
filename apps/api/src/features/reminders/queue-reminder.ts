import type { HolidayCalendar, Reminder } from '@oikeus/domain';
import type { AppContext } from '../../context';
import { inTransaction, type Tx } from '../../db/transaction';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { enqueueMail } from '../mail/enqueue-mail';
import type { MailRequestType } from '../mail/mail-format';
import { consoleRequestPath } from './console-paths';
import { isUniqueViolation } from './is-unique-violation';
import { reminderRecipients, type StaffDirectory } from './load-staff-directory';
import { workingDaysOverdue } from './pick-due-reminders';

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

export type QueueReminderOutcome = 'queued' | 'already_queued' | 'no_longer_due';

type Ctx = Pick<AppContext, 'db' | 'env' | 'clock' | 'logger'>;

class ReminderNoLongerDue extends Error {}

/**
 * Reads the request inside the transaction after the Reminder row is written.
 * PostgreSQL: FOR SHARE waits for a handler's change in flight and then keeps
 * the row from changing until we commit. SQLite: the insert already holds the
 * database's single write lock, so what we read cannot change before commit.
 */
async function readRequestForReminder(tx: Tx, ctx: Ctx, requestId: string) {
  if (ctx.db.provider === 'postgresql') {
    const rows = await tx.$queryRawUnsafe<Array<{ status: string; version: number }>>(
      'SELECT "status"::text AS "status", "version" FROM "RightsRequest" WHERE "id" = $1 FOR SHARE',
      requestId,
    );
    return rows[0];
  }
  return tx.rightsRequest.findUnique({ where: { id: requestId }, select: { status: true, version: true } });
}

/**
 * Queues one deadline reminder: the Reminder row with its unique key
 * (request, kind, due date) and the staff mail, in one transaction. A
 * unique-key violation means another worker already did it, so any number of
 * workers send each reminder once (DESIGN.md "At most once"). A request that
 * was completed, refused, withdrawn or otherwise changed since the scan read it
 * gets nothing; the next scan recomputes it.
 */
export async function queueReminder(
  ctx: Ctx,
  input: { job: ReminderJob; directory: StaffDirectory; contactEmail: string; calendar: HolidayCalendar },
): Promise<QueueReminderOutcome> {
  const { reminder, request } = input.job;
  try {
    await inTransaction(ctx.db, async (tx) => {
      const now = ctx.clock.now();
      // Written first: a second worker blocks here on the unique index and then fails.
      const row = await tx.reminder.create({
        data: { key: reminder.key, requestId: request.id, kind: reminder.kind, dueDate: reminder.dueDate, createdAt: now },
        select: { id: true },
      });
      const current = await readRequestForReminder(tx, ctx, request.id);
      const isOpen = current !== undefined && current !== null && (openRequestStatuses as readonly string[]).includes(current.status);
      if (!isOpen || current.version !== request.version) throw new ReminderNoLongerDue();

      const isEscalation = reminder.kind === 'escalation';
      const recipients = reminderRecipients(input.directory, {
        isEscalation,
        assigneeId: request.assigneeId,
        contactEmail: input.contactEmail,
      });
      const common = {
        reference: request.reference,
        requestType: request.type,
        consolePath: consoleRequestPath(request.id),
      };
      let firstMailId: string | null = null;
      for (const recipient of recipients) {
        const base = {
          to: recipient.email,
          // Staff have no stored language; the console's default is Finnish.
          locale: 'fi',
          requestId: request.id,
          dedupeKey: `reminder:${reminder.key}:${recipient.key}`,
        };
        let mail;
        switch (reminder.kind) {
          case 'before_due':
            mail = await enqueueMail(tx, ctx, {
              ...base,
              template: 'reminder_before_due',
              data: {
                ...common,
                dueDate: reminder.deadlineDate,
                workingDaysBefore: reminder.workingDaysBefore ?? 1,
                isExtended: request.isExtended,
              },
            });
            break;
          case 'target':
            mail = await enqueueMail(tx, ctx, {
              ...base,
              template: 'reminder_target',
              data: { ...common, targetDate: reminder.dueDate, dueDate: reminder.deadlineDate },
            });
            break;
          case 'overdue':
            mail = await enqueueMail(tx, ctx, {
              ...base,
              template: 'reminder_overdue',
              data: {
                ...common,
                dueDate: reminder.deadlineDate,
                workingDaysOverdue: workingDaysOverdue(input.calendar, reminder.deadlineDate, reminder.dueDate),
              },
            });
            break;
          case 'escalation':
            mail = await enqueueMail(tx, ctx, {
              ...base,
              template: 'escalation_overdue',
              data: {
                ...common,
                dueDate: reminder.deadlineDate,
                workingDaysOverdue: workingDaysOverdue(input.calendar, reminder.deadlineDate, reminder.dueDate),
                assigneeName: request.assigneeId ? (input.directory.byId.get(request.assigneeId)?.name ?? null) : null,
              },
            });
            break;
        }
        firstMailId ??= mail.id;
      }
      await tx.reminder.update({ where: { id: row.id }, data: { outboxMessageId: firstMailId } });
      await appendAuditEntry(tx, ctx.db, {
        at: now,
        actorType: 'system',
        action: 'reminder.queued',
        requestId: request.id,
        recordType: 'reminder',
        recordId: row.id,
        details: { kind: reminder.kind, dueDate: reminder.dueDate, deadline: reminder.deadlineDate, recipients: recipients.length },
      });
    });
    return 'queued';
  } catch (error) {
    if (error instanceof ReminderNoLongerDue) return 'no_longer_due';
    if (isUniqueViolation(error)) return 'already_queued';
    throw error;
  }
}
