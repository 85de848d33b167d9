import type { ConsoleRequestDetail, Locale, RecordLink, RestrictionView } from '@oikeus/contracts';
import {
  allowedActions,
  canExtend,
  identityAnswerReminderDate,
  isTerminal,
  toLocalDate,
} from '@oikeus/domain';
import type { AppContext } from '../../context';
import { hasKnownEventType } from '../request-core/stored-vocabulary';
import { AppError } from '../../errors/app-error';
import { computeRequestDeadline, requestDeadlineStatus } from '../request-core/request-deadline';
import { parseJsonText } from '../../db/parse-json-text';
import { recordLabel } from '../../registers/record-label';
import { searchRegisters } from './search-registers';
import { loadStaffRefs } from '../staff/staff-names';
import { attachmentViewSelect, toAttachmentView } from '../request-core/to-attachment-view';

/**
 * Everything about one request for the handler: what the subject sent, the
 * whole timeline (internal events included), messages and internal notes, the
 * deadline with its reasoning and pauses, identity facts and record matches.
 */
export async function getRequestDetail(
  ctx: AppContext,
  requestId: string,
  locale: Locale,
): Promise<ConsoleRequestDetail> {
  const prisma = ctx.db.prisma;
  const r = await prisma.rightsRequest.findUnique({
    where: { id: requestId },
    include: {
      account: {
        select: { id: true, name: true, email: true, phone: true, emailVerifiedAt: true },
      },
      suspensions: { orderBy: { startedAt: 'asc' } },
      events: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
      messages: {
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        include: {
          attachments: {
            select: attachmentViewSelect,
          },
        },
      },
      recordLinks: { orderBy: { confirmedAt: 'asc' } },
      recipientNotices: { orderBy: { notifiedAt: 'asc' } },
    },
  });
  if (!r) throw new AppError('NOT_FOUND');

  const linkIds = r.recordLinks.map((l) => l.recordId);
  const [customers, contacts, restrictions, lastSignIn] = await Promise.all([
    prisma.customer.findMany({
      where: { id: { in: linkIds } },
      select: { id: true, firstName: true, lastName: true, company: true, anonymizedAt: true },
    }),
    prisma.marketingContact.findMany({
      where: { id: { in: linkIds } },
      select: { id: true, firstName: true, lastName: true, company: true },
    }),
    prisma.restriction.findMany({
      where: { OR: [{ requestId }, { recordId: { in: linkIds } }] },
      orderBy: { setAt: 'asc' },
    }),
    prisma.loginChallenge.findFirst({
      where: { email: r.account.email, consumedAt: { not: null } },
      orderBy: { consumedAt: 'desc' },
      select: { consumedAt: true },
    }),
  ]);
  const staff = await loadStaffRefs(prisma, [
    r.assigneeId,
    r.identityVerifiedById,
    ...r.events.filter((e) => e.actorType === 'staff').map((e) => e.actorId),
    ...r.messages.map((m) => m.authorStaffId),
    ...r.recordLinks.map((l) => l.confirmedById),
    ...r.recipientNotices.map((n) => n.staffId),
  ]);
  const records = new Map<string, { label: string }>([
    ...customers.map((c) => [c.id, { label: recordLabel(c, locale) }] as const),
    ...contacts.map((c) => [c.id, { label: recordLabel(c, locale) }] as const),
  ]);

  const deadline = computeRequestDeadline(ctx, {
    receivedAt: r.receivedAt,
    isExtended: r.isExtended,
    suspensions: r.suspensions,
  });
  const status = requestDeadlineStatus(ctx, deadline);
  const isOpen = !isTerminal(r.status);
  const extension = canExtend({
    now: ctx.clock.now(),
    status: r.status,
    deadline,
    isExtended: r.isExtended,
    timeZone: ctx.env.CONTROLLER_TIME_ZONE,
  });

  // Art. 12(2), 11(2): a question unanswered for 14 days is reminded, and the refusal is offered.
  const openPause = r.status === 'identity_pending' ? r.suspensions.find((s) => !s.endedAt) : null;
  const timeZone = ctx.env.CONTROLLER_TIME_ZONE;
  const reminderDate = openPause
    ? identityAnswerReminderDate(toLocalDate(openPause.startedAt, timeZone))
    : null;
  const openIdentityQuestion =
    openPause && reminderDate
      ? {
          askedAt: openPause.startedAt.toISOString(),
          reminderDate,
          isRefusalOffered: toLocalDate(ctx.clock.now(), timeZone) >= reminderDate,
        }
      : null;

  const registers: ConsoleRequestDetail['registers'] = [];
  if (r.targetsCustomerRegister) registers.push('customer');
  if (r.targetsMarketingRegister) registers.push('marketing');
  // Registers the request does not name are searched by email and phone only,
  // and only when there is one: the full candidate search (names too) runs
  // when the handler asks for it (register-search), not on every opening.
  const unnamed = (['customer', 'marketing'] as const).filter(
    (register) => !registers.includes(register),
  );
  const unnamedHits =
    unnamed.length === 0
      ? []
      : (
          await searchRegisters(
            ctx,
            { email: r.account.email, phone: r.account.phone ?? undefined },
            { requestId },
          )
        ).items;
  const unnamedRegisterMatches = unnamed
    .map((register) => ({
      register,
      count: unnamedHits.filter(
        (c) =>
          (register === 'customer'
            ? c.recordType === 'customer'
            : c.recordType === 'marketing_contact') &&
          (c.reasons.includes('email') || c.reasons.includes('phone')),
      ).length,
    }))
    .filter((match) => match.count > 0);

  return {
    id: r.id,
    reference: r.reference,
    type: r.type,
    status: r.status,
    registers,
    locale: r.locale === 'sv' || r.locale === 'en' ? r.locale : 'fi',
    receivedAt: r.receivedAt.toISOString(),
    details: parseJsonText(r.details),
    assignee: r.assigneeId ? (staff.get(r.assigneeId) ?? null) : null,
    version: r.version,
    closedAt: r.closedAt?.toISOString() ?? null,
    refusalGround: r.refusalGround,
    refusalReason: r.refusalReason,
    responseLetter: r.responseLetter,
    allowedActions: allowedActions(r.status),
    deadline: {
      timeZone: deadline.timeZone,
      receivedDate: deadline.receivedDate,
      plainDueDate: deadline.plainDueDate,
      dueDate: deadline.dueDate,
      extendedDueDate: deadline.extendedDueDate,
      effectiveDueDate: deadline.effectiveDueDate,
      targetDate: deadline.targetDate,
      isExtended: deadline.isExtended,
      extendedAt: r.extendedAt?.toISOString() ?? null,
      extensionReason: r.extensionReason,
      canExtend: extension.isAllowed,
      pausedDays: deadline.pausedDays,
      isSuspended: deadline.isSuspended,
      skippedDays: (deadline.isExtended ? deadline.extendedSkippedDays : deadline.skippedDays).map(
        (d) => ({ ...d }),
      ),
      pauses: r.suspensions.map((s) => ({
        startedAt: s.startedAt.toISOString(),
        endedAt: s.endedAt?.toISOString() ?? null,
        reason: s.reason,
      })),
      reasoning: deadline.reasoning.map((step) => ({ ...step })),
      daysLeft: status.daysLeft,
      workingDaysLeft: status.workingDaysLeft,
      isAtRisk: isOpen && status.isAtRisk,
      isOverdue: isOpen && status.isOverdue,
    },
    identity: {
      accountId: r.account.id,
      accountName: r.account.name,
      accountEmail: r.account.email,
      accountPhone: r.account.phone,
      emailVerifiedAt: r.account.emailVerifiedAt?.toISOString() ?? null,
      // The portal has no passwords: a subject proves the email by a one-time code or link.
      signInMethod: r.account.emailVerifiedAt ? 'one_time_code_or_link' : 'unknown',
      lastSignInAt: lastSignIn?.consumedAt?.toISOString() ?? null,
      identityVerifiedAt: r.identityVerifiedAt?.toISOString() ?? null,
      identityVerifiedBy: r.identityVerifiedById
        ? (staff.get(r.identityVerifiedById) ?? null)
        : null,
      identityNote: r.identityNote,
    },
    openIdentityQuestion,
    timeline: r.events.filter(hasKnownEventType).map((e) => ({
      id: e.id,
      type: e.type,
      actorType: e.actorType === 'subject' || e.actorType === 'staff' ? e.actorType : 'system',
      actorId: e.actorId,
      actorName:
        e.actorType === 'staff' && e.actorId
          ? (staff.get(e.actorId)?.name ?? null)
          : e.actorType === 'subject'
            ? r.account.name
            : null,
      isVisibleToSubject: e.isVisibleToSubject,
      data: parseJsonText(e.data),
      createdAt: e.createdAt.toISOString(),
    })),
    messages: r.messages.map((m) => ({
      id: m.id,
      authorType: m.authorType === 'staff' ? 'staff' : 'subject',
      author: m.authorStaffId ? (staff.get(m.authorStaffId) ?? null) : null,
      body: m.body,
      isInternalNote: m.isInternalNote,
      withholdingGround: m.withholdingGround,
      withholdingReason: m.withholdingReason,
      isIdentityAnswer: m.isIdentityAnswer,
      createdAt: m.createdAt.toISOString(),
      attachments: m.attachments.map(toAttachmentView),
    })),
    records: r.recordLinks.map((l): RecordLink => ({
      id: l.id,
      recordType: l.recordType === 'customer' ? 'customer' : 'marketing_contact',
      recordId: l.recordId,
      label: records.get(l.recordId)?.label ?? '—',
      matchScore: l.matchScore,
      confirmedBy: staff.get(l.confirmedById) ?? null,
      confirmedAt: l.confirmedAt.toISOString(),
      isGone: !records.has(l.recordId),
    })),
    unnamedRegisterMatches,
    restrictions: restrictions.map(toRestrictionView),
    recipientNotices: r.recipientNotices.map((n) => ({
      id: n.id,
      recipientName: n.recipientName,
      notifiedAt: n.notifiedAt.toISOString(),
      method: n.method,
      staff: staff.get(n.staffId) ?? null,
    })),
  };
}

export function toRestrictionView(x: {
  id: string;
  recordType: RestrictionView['recordType'];
  recordId: string;
  ground: string;
  reason: string;
  requestId: string | null;
  setAt: Date;
  setById: string | null;
  subjectInformedAt: Date | null;
  liftedAt: Date | null;
  liftedById: string | null;
}): RestrictionView {
  return {
    id: x.id,
    recordType: x.recordType,
    recordId: x.recordId,
    ground: x.ground as RestrictionView['ground'],
    reason: x.reason,
    requestId: x.requestId,
    setAt: x.setAt.toISOString(),
    setById: x.setById,
    subjectInformedAt: x.subjectInformedAt?.toISOString() ?? null,
    liftedAt: x.liftedAt?.toISOString() ?? null,
    liftedById: x.liftedById,
  };
}
