import type { LetterPreview } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { AppError } from '../../errors/app-error';
import { subjectLocale } from './action-texts';
import { letterTexts } from './letter-texts';
import { complaintRouteText } from './preview-refusal';
import { hasRequiredAction } from './required-action';

/**
 * A draft response letter in the subject's language listing the steps taken
 * (from the timeline), and whether the request's action is still missing, so
 * the console offers the partial refusal before the API would refuse.
 */
export async function previewCompletion(
  ctx: AppContext,
  requestId: string,
): Promise<LetterPreview> {
  const r = await ctx.db.prisma.rightsRequest.findUnique({
    where: { id: requestId },
    select: {
      id: true,
      reference: true,
      type: true,
      details: true,
      locale: true,
      events: { select: { type: true }, orderBy: { createdAt: 'asc' } },
    },
  });
  if (!r) throw new AppError('NOT_FOUND');
  const locale = subjectLocale(r.locale);
  const steps = letterTexts.steps as Record<string, Record<typeof locale, string> | undefined>;
  const done = [...new Set(r.events.map((e) => e.type))].flatMap((type) =>
    steps[type] ? [steps[type][locale]] : [],
  );
  return {
    locale,
    draft: letterTexts.completion[locale](r.reference, r.type, done),
    complaintRoute: complaintRouteText(locale),
    isActionMissing: !(await hasRequiredAction(ctx.db.prisma, r)),
  };
}
