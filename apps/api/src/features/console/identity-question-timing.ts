import type { IdentityQuestionPreview } from '@oikeus/contracts';
import { identityQuestionTiming, toLocalDate } from '@oikeus/domain';
import type { AppContext } from '../../context';
import type { Db } from '../../db/client';
import type { Tx } from '../../db/transaction';
import { AppError } from '../../errors/app-error';
import { loadIdentityQuestionWorkingDays } from '../../config/identity-question-days';

/**
 * What asking an identity question now means for the request: whether the
 * identity was already recorded as checked (a new question then needs a
 * reason) and whether it comes later than the set number of working days
 * after receipt, so the pause may not hold (Art. 12(6); EDPB 01/2022 §159).
 */
export async function identityQuestionFacts(
  ctx: Pick<AppContext, 'db' | 'logger' | 'env' | 'clock' | 'holidayCalendar'>,
  db: Db | Tx,
  requestId: string,
): Promise<IdentityQuestionPreview> {
  const row = await db.rightsRequest.findUnique({
    where: { id: requestId },
    select: { receivedAt: true, identityVerifiedAt: true },
  });
  if (!row) throw new AppError('NOT_FOUND');
  const limitWorkingDays = await loadIdentityQuestionWorkingDays(ctx);
  const timeZone = ctx.env.CONTROLLER_TIME_ZONE;
  const timing = identityQuestionTiming({
    receivedDate: toLocalDate(row.receivedAt, timeZone),
    today: toLocalDate(ctx.clock.now(), timeZone),
    calendar: ctx.holidayCalendar,
    workingDays: limitWorkingDays,
  });
  return {
    isReasonRequired: row.identityVerifiedAt !== null,
    workingDaysSinceReceipt: timing.workingDaysSinceReceipt,
    limitWorkingDays,
    lastTimelyDate: timing.lastTimelyDate,
    isLate: timing.isLate,
  };
}
