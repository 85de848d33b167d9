import type { SubmitRequestResponse, SubmittedRequestDetails } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../errors/app-error';
import { createRequest } from '../request-core/create-request';
import { drawRequestReference } from '../request-core/draw-request-reference';
import { requestPathOf } from '../request-core/request-paths';
import { applyMarketingObjection } from './apply-marketing-objection';
import { marketingStopOf } from './marketing-stop';
import { subjectRequestSelect, toSubjectRequestSummary } from './to-subject-request';

/**
 * Records a data-subject request. Receipt is now (EDPB Guidelines 01/2022
 * §159: the period starts when the request reaches the controller); the
 * deadline comes from the one deadline helper (GDPR Art. 12(3)). The request,
 * its first timeline event, the audit entry, an objection's prohibitions and
 * the acknowledgement email commit together or not at all. The answer says
 * what an objection to direct marketing recorded (Art. 12(1), 21(3)).
 */
export async function submitRequest(
  ctx: AppContext,
  accountId: string,
  input: SubmittedRequestDetails,
): Promise<SubmitRequestResponse> {
  const now = ctx.clock.now();
  const account = await ctx.db.prisma.account.findUnique({
    where: { id: accountId },
    select: { id: true, email: true, locale: true, emailVerifiedAt: true },
  });
  if (!account) throw new AppError('UNAUTHENTICATED');
  const reference = await drawRequestReference(ctx, now);

  const row = await inTransaction(ctx.db, async (tx) => {
    const actor = { type: 'subject', id: accountId } as const;
    const created = await createRequest(tx, ctx, {
      actor,
      request: {
        reference,
        accountId,
        type: input.type,
        targetsCustomerRegister: input.registers.includes('customer'),
        targetsMarketingRegister: input.registers.includes('marketing'),
        details: JSON.stringify(input),
        locale: account.locale,
        receivedAt: now,
      },
      event: ({ dueDate }) => ({ type: 'submitted', data: { reference, dueDate } }),
      audit: ({ dueDate }) => ({
        action: 'request.submitted',
        details: { type: input.type, registers: input.registers, dueDate },
      }),
      effects: async ({ id }) => {
        // Only an objection to direct marketing takes effect at once (Art. 21(3)); one to
        // processing on legitimate interests (21(1)) waits for the handler's assessment.
        if (input.type !== 'objection' || input.kind !== 'direct_marketing') return [];
        const channels = input.channels ?? [];
        // Only an address the person proved they own may switch off marketing to it.
        if (channels.length === 0 || !account.emailVerifiedAt) return [];
        const { contacts, suppressed } = await applyMarketingObjection(tx, ctx, {
          requestId: id,
          accountId,
          email: account.email,
          channels,
          at: now,
        });
        return [
          {
            actor: { type: 'system' },
            event: { type: 'marketing_prohibited', data: { channels, contacts, suppressed } },
          },
        ];
      },
      mail: ({ id, dueDate }) => [
        {
          template: 'acknowledgement',
          to: account.email,
          locale: account.locale,
          requestId: id,
          dedupeKey: `acknowledgement:${id}`,
          data: {
            reference,
            requestType: input.type,
            receivedAt: now,
            dueDate,
            requestPath: requestPathOf(id),
          },
        },
      ],
    });
    return tx.rightsRequest.findUniqueOrThrow({
      where: { id: created.id },
      select: {
        ...subjectRequestSelect,
        events: {
          where: { type: 'marketing_prohibited' },
          select: { type: true, data: true, createdAt: true },
        },
      },
    });
  });
  return { request: toSubjectRequestSummary(ctx, row), marketingStop: marketingStopOf(row.events) };
}
