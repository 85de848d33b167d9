import type { SubjectRequestSummary, SubmittedRequestDetails } from '@oikeus/contracts';
import { toLocalDate } from '@oikeus/domain';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../errors/app-error';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { enqueueMail } from '../mail/enqueue-mail';
import { applyMarketingObjection } from './apply-marketing-objection';
import { computeRequestDeadline } from './compute-request-deadline';
import { generateRequestReference } from './generate-request-reference';
import { subjectRequestSelect, toSubjectRequestSummary } from './to-subject-request';

/** A free reference; with ~729 million per year a second draw is already rare. */
async function drawReference(ctx: AppContext, year: number): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const reference = generateRequestReference(year);
    const taken = await ctx.db.prisma.rightsRequest.findUnique({
      where: { reference },
      select: { id: true },
    });
    if (!taken) return reference;
  }
  throw new AppError('CONFLICT');
}

/**
 * Records a data-subject request. Receipt is now (EDPB Guidelines 01/2022
 * §159: the period starts when the request reaches the controller); the
 * deadline comes from the one deadline helper (GDPR Art. 12(3)). The request,
 * its first timeline event, the audit entry, an objection's prohibitions and
 * the acknowledgement email commit together or not at all.
 */
export async function submitRequest(
  ctx: AppContext,
  accountId: string,
  input: SubmittedRequestDetails,
): Promise<SubjectRequestSummary> {
  const now = ctx.clock.now();
  const account = await ctx.db.prisma.account.findUnique({
    where: { id: accountId },
    select: { id: true, email: true, locale: true, emailVerifiedAt: true },
  });
  if (!account) throw new AppError('UNAUTHENTICATED');
  const deadline = computeRequestDeadline(ctx, {
    receivedAt: now,
    isExtended: false,
    suspensions: [],
  });
  const year = Number(toLocalDate(now, ctx.env.CONTROLLER_TIME_ZONE).slice(0, 4));
  const reference = await drawReference(ctx, year);

  const row = await inTransaction(ctx.db, async (tx) => {
    const created = await tx.rightsRequest.create({
      data: {
        reference,
        accountId,
        type: input.type,
        status: 'received',
        targetsCustomerRegister: input.registers.includes('customer'),
        targetsMarketingRegister: input.registers.includes('marketing'),
        details: JSON.stringify(input),
        locale: account.locale,
        receivedAt: now,
        dueDate: deadline.effectiveDueDate,
        targetDate: deadline.targetDate,
        createdAt: now,
      },
      select: subjectRequestSelect,
    });
    await tx.requestEvent.create({
      data: {
        requestId: created.id,
        type: 'submitted',
        actorType: 'subject',
        actorId: accountId,
        isVisibleToSubject: true,
        data: JSON.stringify({ reference, dueDate: deadline.dueDate }),
        createdAt: now,
      },
    });
    await appendAuditEntry(tx, ctx.db, {
      at: now,
      actorType: 'subject',
      actorId: accountId,
      action: 'request.submitted',
      requestId: created.id,
      details: { type: input.type, registers: input.registers, dueDate: deadline.dueDate },
    });
    // Only an address the person proved they own may switch off marketing to it.
    if (input.type === 'objection' && account.emailVerifiedAt) {
      const contacts = await applyMarketingObjection(tx, ctx, {
        requestId: created.id,
        accountId,
        email: account.email,
        channels: input.channels,
        at: now,
      });
      await tx.requestEvent.create({
        data: {
          requestId: created.id,
          type: 'marketing_prohibited',
          actorType: 'system',
          isVisibleToSubject: true,
          data: JSON.stringify({ channels: input.channels, contacts }),
          createdAt: now,
        },
      });
    }
    await enqueueMail(tx, ctx, {
      template: 'acknowledgement',
      to: account.email,
      locale: account.locale,
      requestId: created.id,
      dedupeKey: `acknowledgement:${created.id}`,
      data: {
        reference,
        requestType: input.type,
        receivedAt: now,
        dueDate: deadline.dueDate,
        requestPath: `/requests/${created.id}`,
      },
    });
    return created;
  });
  return toSubjectRequestSummary(ctx, row);
}
