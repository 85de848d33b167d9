import type { SubjectRequestSummary, SubmittedRequestDetails } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../errors/app-error';
import { createRequest } from '../request-core/create-request';
import { drawRequestReference } from '../request-core/draw-request-reference';
import { requestPathOf } from '../request-core/request-paths';
import { applyMarketingObjection } from './apply-marketing-objection';
import { subjectRequestSelect, toSubjectRequestSummary } from './to-subject-request';

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
        // Only an address the person proved they own may switch off marketing to it.
        if (input.type !== 'objection' || !account.emailVerifiedAt) return [];
        const contacts = await applyMarketingObjection(tx, ctx, {
          requestId: id,
          accountId,
          email: account.email,
          channels: input.channels,
          at: now,
        });
        return [
          {
            actor: { type: 'system' },
            event: { type: 'marketing_prohibited', data: { channels: input.channels, contacts } },
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
      select: subjectRequestSelect,
    });
  });
  return toSubjectRequestSummary(ctx, row);
}
