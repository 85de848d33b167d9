import { Router } from 'express';
import { idSchema } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { parseInput } from '../../http/validate';
import { requireStaff, staffOf } from '../staff/require-staff';
import { getOutboxStatus } from './get-outbox-status';
import { retryFailedMail } from './retry-failed-mail';

/**
 * Mounted at /api/console, admin only: what is waiting in the mail outbox and
 * every message given up on, and putting one back in the queue. Nothing the
 * law requires us to tell a person may vanish silently (Art. 12(3), 12(4)).
 */
export function createOutboxRouter(ctx: AppContext): Router {
  const router = Router();
  const admin = requireStaff(ctx, 'admin');

  router.get('/outbox', admin, async (_req, res) => {
    res.json(await getOutboxStatus(ctx));
  });

  router.post('/outbox/:id/retry', admin, async (req, res) => {
    const outboxId = parseInput(idSchema, req.params.id, req);
    await retryFailedMail(ctx, { outboxId, staffId: staffOf(res).id });
    res.json({ ok: true });
  });

  return router;
}
