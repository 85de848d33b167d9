import { isLocale } from '@oikeus/contracts';
import type { LocalDate } from '@oikeus/domain';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { createAuditCheckpoint, formatAuditCheckpoint } from '../audit/audit-checkpoint';
import { enqueueMails } from '../mail/enqueue-mail';
import type { MailRequestType } from '../mail/mail-format';
import { consoleQueuePath } from '../request-core/request-paths';
import { isUniqueViolation } from '../../db/is-unique-violation';
import type { RegisterReviewDate } from '../../registers/register-review-dates';
import type { ReminderRecipient } from './load-staff-directory';

export interface DigestItem {
  reference: string;
  requestType: MailRequestType;
  dueDate: LocalDate;
  assigneeName: string | null;
}

export type QueueDigestOutcome =
  'queued' | 'already_queued' | 'nothing_to_report' | 'no_recipients';

/** Longest list per section in one mail; the totals stay exact. */
const MAX_ITEMS = 50;

/** When no digest was sent before, "new" means received within the last day. */
const FIRST_DIGEST_LOOKBACK_MS = 24 * 3600_000;

function byDueDate(a: DigestItem, b: DigestItem): number {
  return a.dueDate === b.dueDate
    ? a.reference.localeCompare(b.reference)
    : a.dueDate < b.dueDate
      ? -1
      : 1;
}

/**
 * The requests received since the previous digest (issue #19), oldest first,
 * whatever their state now: the digest says what came in, not only what is open.
 */
async function loadRequestsSinceLastDigest(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  names: ReadonlyMap<string, { name: string }>,
): Promise<{ items: DigestItem[]; total: number }> {
  const now = ctx.clock.now();
  const last = await ctx.db.prisma.reminder.findFirst({
    where: { kind: 'daily_digest', createdAt: { lt: now } },
    orderBy: { createdAt: 'desc' },
    select: { createdAt: true },
  });
  const where = {
    receivedAt: {
      gt: last?.createdAt ?? new Date(now.getTime() - FIRST_DIGEST_LOOKBACK_MS),
      lte: now,
    },
  };
  const [rows, total] = await Promise.all([
    ctx.db.prisma.rightsRequest.findMany({
      where,
      orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }],
      take: MAX_ITEMS,
      select: { reference: true, type: true, dueDate: true, assigneeId: true },
    }),
    ctx.db.prisma.rightsRequest.count({ where }),
  ]);
  return {
    items: rows.map((row) => ({
      reference: row.reference,
      requestType: row.type,
      dueDate: row.dueDate as LocalDate,
      assigneeName: row.assigneeId ? (names.get(row.assigneeId)?.name ?? null) : null,
    })),
    total,
  };
}

/**
 * The daily digest, once per date: key `digest:<date>` in the Reminder table,
 * so however many workers scan, one set is queued — one mail to each member
 * who wants it (the contact person by default), in their language. A day
 * with nothing due, overdue, new or unassigned and no register review due
 * sends nothing.
 */
export async function queueDailyDigest(
  ctx: Pick<AppContext, 'db' | 'env' | 'clock' | 'registerDescription'>,
  input: {
    date: LocalDate;
    dueSoon: DigestItem[];
    overdue: DigestItem[];
    /** Names of assignees by staff id, for the list of requests received since the last digest. */
    assigneeNames: ReadonlyMap<string, { name: string }>;
    /** Open requests nobody is assigned to. */
    unassigned: DigestItem[];
    /** Registers whose periodic review is due or overdue (register-review-dates.ts). */
    reviewsDue: ReadonlyArray<Pick<RegisterReviewDate, 'registerId' | 'nextDueOn'>>;
    recipients: readonly ReminderRecipient[];
  },
): Promise<QueueDigestOutcome> {
  const key = `digest:${input.date}`;
  const existing = await ctx.db.prisma.reminder.findUnique({
    where: { key },
    select: { id: true },
  });
  if (existing) return 'already_queued';
  const newSince = await loadRequestsSinceLastDigest(ctx, input.assigneeNames);
  if (
    input.dueSoon.length === 0 &&
    input.overdue.length === 0 &&
    newSince.total === 0 &&
    input.unassigned.length === 0 &&
    input.reviewsDue.length === 0
  ) {
    return 'nothing_to_report';
  }
  if (input.recipients.length === 0) return 'no_recipients';
  const reviewsIn = (locale: string) => {
    const language = isLocale(locale) ? locale : 'fi';
    return input.reviewsDue.map((review) => {
      const register = ctx.registerDescription.registers.find((r) => r.id === review.registerId);
      return {
        registerName: register ? register.name[language] : review.registerId,
        dueOn: review.nextDueOn,
      };
    });
  };
  // A signed copy of the audit chain head in the recipients' mailboxes, outside the database.
  const checkpoint = formatAuditCheckpoint(await createAuditCheckpoint(ctx.db, ctx.clock.now()));
  const lists = {
    dueSoon: [...input.dueSoon].sort(byDueDate).slice(0, MAX_ITEMS),
    dueSoonTotal: input.dueSoon.length,
    overdue: [...input.overdue].sort(byDueDate).slice(0, MAX_ITEMS),
    overdueTotal: input.overdue.length,
    newSince: newSince.items,
    newSinceTotal: newSince.total,
    unassigned: [...input.unassigned].sort(byDueDate).slice(0, MAX_ITEMS),
    unassignedTotal: input.unassigned.length,
  };
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
      const mails = await enqueueMails(
        tx,
        ctx,
        input.recipients.map((recipient) => ({
          template: 'daily_digest' as const,
          to: recipient.email,
          locale: recipient.locale,
          dedupeKey: `${key}:${recipient.key}`,
          data: {
            date: input.date,
            ...lists,
            reviewsDue: reviewsIn(recipient.locale),
            consolePath: consoleQueuePath,
            auditCheckpoint: checkpoint,
          },
        })),
      );
      await tx.reminder.update({ where: { id: row.id }, data: { outboxMessageId: mails[0]!.id } });
    });
    return 'queued';
  } catch (error) {
    if (isUniqueViolation(error)) return 'already_queued';
    throw error;
  }
}
