import { isLocale } from '@oikeus/contracts';
import type { LocalDate } from '@oikeus/domain';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { createAuditCheckpoint, formatAuditCheckpoint } from '../audit/audit-checkpoint';
import { enqueueMail } from '../mail/enqueue-mail';
import type { MailRequestType } from '../mail/mail-format';
import { consoleQueuePath } from '../request-core/request-paths';
import { isUniqueViolation } from '../../db/is-unique-violation';
import type { RegisterReviewDate } from '../../registers/register-review-dates';

export interface DigestItem {
  reference: string;
  requestType: MailRequestType;
  dueDate: LocalDate;
  assigneeName: string | null;
}

export type QueueDigestOutcome = 'queued' | 'already_queued' | 'nothing_to_report';

/** Longest list per section in one mail; the totals stay exact. */
const MAX_ITEMS = 50;

function byDueDate(a: DigestItem, b: DigestItem): number {
  return a.dueDate === b.dueDate
    ? a.reference.localeCompare(b.reference)
    : a.dueDate < b.dueDate
      ? -1
      : 1;
}

/**
 * The contact person's daily digest, once per date: key `digest:<date>` in the
 * Reminder table, so however many workers scan, one digest is queued. A day
 * with nothing due, nothing overdue and no register review due sends nothing.
 */
export async function queueDailyDigest(
  ctx: Pick<AppContext, 'db' | 'env' | 'clock' | 'registerDescription'>,
  input: {
    date: LocalDate;
    dueSoon: DigestItem[];
    overdue: DigestItem[];
    /** Registers whose periodic review is due or overdue (register-review-dates.ts). */
    reviewsDue: ReadonlyArray<Pick<RegisterReviewDate, 'registerId' | 'nextDueOn'>>;
    contactEmail: string;
    /** The contact person's language (their StaffUser.locale when they have one). */
    locale: string;
  },
): Promise<QueueDigestOutcome> {
  if (input.dueSoon.length === 0 && input.overdue.length === 0 && input.reviewsDue.length === 0) {
    return 'nothing_to_report';
  }
  const locale = isLocale(input.locale) ? input.locale : 'fi';
  const reviewsDue = input.reviewsDue.map((review) => {
    const register = ctx.registerDescription.registers.find((r) => r.id === review.registerId);
    return {
      registerName: register ? register.name[locale] : review.registerId,
      dueOn: review.nextDueOn,
    };
  });
  const key = `digest:${input.date}`;
  const existing = await ctx.db.prisma.reminder.findUnique({
    where: { key },
    select: { id: true },
  });
  if (existing) return 'already_queued';
  // A signed copy of the audit chain head in the contact person's mailbox, outside the database.
  const checkpoint = formatAuditCheckpoint(await createAuditCheckpoint(ctx.db, ctx.clock.now()));
  try {
    await inTransaction(ctx.db, async (tx) => {
      const row = await tx.reminder.create({
        data: {
          key,
          requestId: null,
          kind: 'daily_digest',
          dueDate: input.date,
          createdAt: ctx.clock.now(),
        },
        select: { id: true },
      });
      const mail = await enqueueMail(tx, ctx, {
        template: 'daily_digest',
        to: input.contactEmail,
        locale: input.locale,
        dedupeKey: key,
        data: {
          date: input.date,
          dueSoon: [...input.dueSoon].sort(byDueDate).slice(0, MAX_ITEMS),
          dueSoonTotal: input.dueSoon.length,
          overdue: [...input.overdue].sort(byDueDate).slice(0, MAX_ITEMS),
          overdueTotal: input.overdue.length,
          reviewsDue,
          consolePath: consoleQueuePath,
          auditCheckpoint: checkpoint,
        },
      });
      await tx.reminder.update({ where: { id: row.id }, data: { outboxMessageId: mail.id } });
    });
    return 'queued';
  } catch (error) {
    if (isUniqueViolation(error)) return 'already_queued';
    throw error;
  }
}
