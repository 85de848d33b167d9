import type { LetterPreview, Locale, RefusalGround } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { toLocalDate } from '@oikeus/domain';
import { AppError } from '../../errors/app-error';
import { computeRequestDeadline } from '../request-core/request-deadline';
import { complaintRoute } from '../mail/templates/complaint-route';
import { refusalGroundText } from '../mail/templates/refusal-grounds';
import { subjectLocale } from './action-texts';
import { letterTexts } from './letter-texts';

/** Art. 12(4): the right to complain and to a judicial remedy, in the subject's language. */
export function complaintRouteText(locale: Locale): string {
  return [...complaintRoute[locale].authority, complaintRoute[locale].court].join('\n');
}

/** Draft refusal in the subject's language, with the legal ground and complaint route. */
export async function previewRefusal(
  ctx: AppContext,
  requestId: string,
  ground: RefusalGround | undefined,
): Promise<LetterPreview> {
  const r = await ctx.db.prisma.rightsRequest.findUnique({
    where: { id: requestId },
    select: {
      reference: true,
      locale: true,
      receivedAt: true,
      isExtended: true,
      suspensions: { select: { startedAt: true, endedAt: true } },
    },
  });
  if (!r) throw new AppError('NOT_FOUND');
  const locale = subjectLocale(r.locale);
  // Art. 12(4): the reasons for not acting are due within one month of receipt (the
  // identity pause counted, an extension not); later, the handler is warned.
  const deadline = computeRequestDeadline(ctx, { ...r, isExtended: false });
  const today = toLocalDate(ctx.clock.now(), ctx.env.CONTROLLER_TIME_ZONE);
  return {
    locale,
    draft: letterTexts.refusal[locale](
      r.reference,
      ground ? refusalGroundText(ground, locale) : '…',
    ),
    complaintRoute: complaintRouteText(locale),
    isAfterOneMonth: today > deadline.dueDate,
  };
}
