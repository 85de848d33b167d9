import { toLocalDate } from '@oikeus/domain';
import type { AppContext } from '../../context';
import { AppError } from '../../errors/app-error';
import { generateRequestReference } from './generate-request-reference';

/**
 * A free reference for a request received at `at` (its year in the
 * controller's time zone); with ~729 million per year a second draw is already rare.
 */
export async function drawRequestReference(ctx: AppContext, at: Date): Promise<string> {
  const year = Number(toLocalDate(at, ctx.env.CONTROLLER_TIME_ZONE).slice(0, 4));
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
