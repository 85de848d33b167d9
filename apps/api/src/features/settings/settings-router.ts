import { Router } from 'express';
import { updateConsoleSettingsInputSchema } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { parseInput } from '../../http/validate';
import { requireStaff, staffOf } from '../staff/require-staff';
import { getConsoleSettings } from './get-console-settings';
import { updateConsoleSettings } from './update-console-settings';

/** Mounted at /api/console: the admin's settings (reminder schedule, download period). */
export function createSettingsRouter(ctx: AppContext): Router {
  const router = Router();
  const admin = requireStaff(ctx, 'admin');

  router.get('/settings', admin, async (_req, res) => {
    res.json(await getConsoleSettings(ctx));
  });

  router.put('/settings', admin, async (req, res) => {
    const settings = parseInput(updateConsoleSettingsInputSchema, req.body, req);
    res.json(await updateConsoleSettings(ctx, { staffId: staffOf(res).id, settings }));
  });

  return router;
}
