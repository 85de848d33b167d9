import type { LetterPreview, Locale, RefusalGround } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { AppError } from '../../errors/app-error';
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
    select: { reference: true, locale: true },
  });
  if (!r) throw new AppError('NOT_FOUND');
  const locale = subjectLocale(r.locale);
  return {
    locale,
    draft: letterTexts.refusal[locale](
      r.reference,
      ground ? refusalGroundText(ground, locale) : '…',
    ),
    complaintRoute: complaintRouteText(locale),
  };
}
