import { buildPrivacyNotice } from '@oikeus/domain';
import { Router } from 'express';
import type { AppContext } from '../../context';
import { portalRetentionOf } from '../../config/portal-retention';
import { localeOf } from '../../http/locale';
import { loadRegisterReviewDates } from '../../registers/register-review-dates';
import { isLocale } from '@oikeus/contracts';

/** Public: the privacy notice is information every visitor is entitled to (GDPR Art. 13, 14). */
export function createRegisterDescriptionRouter(ctx: AppContext): Router {
  const router = Router();
  router.get('/notice', async (req, res) => {
    const requested = req.query.locale;
    const locale = isLocale(requested) ? requested : localeOf(req);
    // The notice names the review date the console recorded, not only the
    // YAML's starting point, so it says when the registers were really checked
    // (Art. 5(1)(e), 12(1): information that is accurate).
    const reviews = new Map(
      (await loadRegisterReviewDates(ctx)).map((r) => [r.registerId, r.lastReviewedOn]),
    );
    const description = {
      ...ctx.registerDescription,
      registers: ctx.registerDescription.registers.map((register) => ({
        ...register,
        lastReviewedOn: reviews.get(register.id) ?? register.lastReviewedOn,
      })),
    };
    res.json(buildPrivacyNotice(description, locale, portalRetentionOf(ctx.env)));
  });
  router.get('/', (_req, res) => {
    res.json(ctx.registerDescription);
  });
  return router;
}
