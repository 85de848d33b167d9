import { Router } from 'express';
import { z } from 'zod';
import { ShiftableClock } from '../clock';
import type { AppContext } from '../context';
import { parseInput } from './validate';

const setClockSchema = z.object({ now: z.iso.datetime() }).strict();

/** Mounted only when TEST_CLOCK=true (never in production): the e2e suite moves time with it. */
export function createTestClockRouter(ctx: AppContext): Router {
  const router = Router();
  router.post('/', (req, res) => {
    if (!(ctx.clock instanceof ShiftableClock))
      throw new Error('TEST_CLOCK needs a ShiftableClock');
    const { now } = parseInput(setClockSchema, req.body, req);
    ctx.clock.setNow(new Date(now));
    res.json({ now: ctx.clock.now().toISOString() });
  });
  router.get('/', (_req, res) => {
    res.json({ now: ctx.clock.now().toISOString() });
  });
  return router;
}
