import { buildPrivacyNotice } from '@oikeus/domain';
import { Router } from 'express';
import type { AppContext } from '../../context';
import { portalRetentionOf } from '../../config/portal-retention';
import { localeOf } from '../../http/locale';
import { isLocale } from '@oikeus/contracts';

/** Public: the privacy notice is information every visitor is entitled to (GDPR Art. 13, 14). */
export function createRegisterDescriptionRouter(ctx: AppContext): Router {
  const router = Router();
  router.get('/notice', (req, res) => {
    const requested = req.query.locale;
    const locale = isLocale(requested) ? requested : localeOf(req);
    res.json(buildPrivacyNotice(ctx.registerDescription, locale, portalRetentionOf(ctx.env)));
  });
  router.get('/', (_req, res) => {
    res.json(ctx.registerDescription);
  });
  return router;
}
