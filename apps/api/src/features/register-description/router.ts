import { asLocalDate, buildPrivacyNotice, type RegisterDescription } from '@oikeus/domain';
import { Router } from 'express';
import type { AppContext } from '../../context';
import { localeOf } from '../../http/locale';
import { getReviewStatus } from '../register-review/get-review-status';
import { isLocale } from '@oikeus/contracts';

/**
 * The description with each register's last review as recorded in the console
 * (or the description's own date, whichever is later): the notice tells people
 * when the need to keep their data was last assessed, and that must be the
 * truth, not the date the YAML was written (GDPR Art. 5(1)(e), 12(1)).
 */
async function withRecordedReviews(ctx: AppContext): Promise<RegisterDescription> {
  const statuses = await getReviewStatus(ctx);
  const reviewedOn = new Map(statuses.map((s) => [s.registerId, s.lastReviewedOn]));
  return {
    ...ctx.registerDescription,
    registers: ctx.registerDescription.registers.map((register) => {
      const recorded = reviewedOn.get(register.id);
      return recorded ? { ...register, lastReviewedOn: asLocalDate(recorded) } : register;
    }),
  };
}

/** Public: the privacy notice is information every visitor is entitled to (GDPR Art. 13, 14). */
export function createRegisterDescriptionRouter(ctx: AppContext): Router {
  const router = Router();
  router.get('/notice', async (req, res) => {
    const requested = req.query.locale;
    const locale = isLocale(requested) ? requested : localeOf(req);
    res.json(buildPrivacyNotice(await withRecordedReviews(ctx), locale));
  });
  router.get('/', (_req, res) => {
    res.json(ctx.registerDescription);
  });
  return router;
}
