import { devMailboxQuerySchema, idSchema } from '@oikeus/contracts';
import { Router } from 'express';
import type { AppContext } from '../../context';
import { AppError } from '../../errors/app-error';
import { parseInput } from '../../http/validate';
import { getLocalMail } from './get-local-mail';
import { listLocalMail } from './list-local-mail';

/**
 * GET /api/dev/mailbox and /api/dev/mailbox/:id: mail kept by the embedded
 * transport. It exists only with MAIL_TRANSPORT=local, where every message is
 * stored instead of sent; with SMTP there is nothing to show and the routes
 * answer 404, so a production install never exposes anyone's mail here.
 */
export function createDevMailboxRouter(ctx: AppContext): Router {
  const router = Router();
  router.use((_req, _res, next) => {
    next(ctx.env.MAIL_TRANSPORT === 'local' ? undefined : new AppError('NOT_FOUND'));
  });
  router.get('/mailbox', async (req, res) => {
    const query = parseInput(devMailboxQuerySchema, req.query, req);
    res.set('cache-control', 'no-store').json(await listLocalMail(ctx, query));
  });
  router.get('/mailbox/:id', async (req, res) => {
    const parsed = idSchema.safeParse(req.params.id);
    if (!parsed.success) throw new AppError('NOT_FOUND');
    res.set('cache-control', 'no-store').json(await getLocalMail(ctx, parsed.data));
  });
  return router;
}
