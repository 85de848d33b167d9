import type { ExtensionPreview } from '@oikeus/contracts';
import { canExtend } from '@oikeus/domain';
import type { AppContext } from '../../context';
import { AppError } from '../../errors/app-error';
import { computeRequestDeadline } from '../request-core/request-deadline';

/** Whether the deadline may be extended now (GDPR Art. 12(3)) and the date it would move to. */
export async function previewExtension(
  ctx: AppContext,
  requestId: string,
): Promise<ExtensionPreview> {
  const r = await ctx.db.prisma.rightsRequest.findUnique({
    where: { id: requestId },
    select: {
      status: true,
      receivedAt: true,
      isExtended: true,
      suspensions: { select: { startedAt: true, endedAt: true } },
    },
  });
  if (!r) throw new AppError('NOT_FOUND');
  const deadline = computeRequestDeadline(ctx, {
    receivedAt: r.receivedAt,
    isExtended: r.isExtended,
    suspensions: r.suspensions,
  });
  const check = canExtend({
    now: ctx.clock.now(),
    status: r.status,
    deadline,
    isExtended: r.isExtended,
    timeZone: ctx.env.CONTROLLER_TIME_ZONE,
  });
  return {
    isAllowed: check.isAllowed,
    // The console shows no extension step on a closed request, so that refusal has no text.
    refusalReason: check.isAllowed || check.reason === 'request_closed' ? null : check.reason,
    currentDueDate: deadline.effectiveDueDate,
    extendedDueDate: deadline.extendedDueDate,
  };
}
