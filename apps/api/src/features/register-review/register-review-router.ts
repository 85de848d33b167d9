import { Router } from 'express';
import type { AppContext } from '../../context';
import { parseInput } from '../../http/validate';
import { requireStaff, staffOf } from '../staff/require-staff';
import { getReviewStatus } from './get-review-status';
import { listInactiveCustomers } from './list-inactive-customers';
import { listRegisterReviews } from './list-register-reviews';
import { recordRegisterReview } from './record-register-review';
import { recordRegisterReviewInputSchema } from '@oikeus/contracts';

/**
 * Mounted at /api/console: the register description as loaded (the admin
 * view) and the two-yearly retention reviews. Every staff role reads; only an
 * admin records a review.
 */
export function createRegisterReviewRouter(ctx: AppContext): Router {
  const router = Router();
  const reader = requireStaff(ctx, 'admin', 'handler', 'auditor');
  const admin = requireStaff(ctx, 'admin');

  router.get('/register-description', reader, (_req, res) => {
    res.json({ file: ctx.env.REGISTER_DESCRIPTION_PATH, description: ctx.registerDescription });
  });

  router.get('/register-reviews', reader, async (_req, res) => {
    const [registers, reviews, inactiveCustomers] = await Promise.all([
      getReviewStatus(ctx),
      listRegisterReviews(ctx),
      listInactiveCustomers(ctx),
    ]);
    res.json({ registers, reviews, inactiveCustomers });
  });

  router.post('/register-reviews', admin, async (req, res) => {
    const input = parseInput(recordRegisterReviewInputSchema, req.body, req);
    res.status(201).json(await recordRegisterReview(ctx, { ...input, staffId: staffOf(res).id }));
  });

  return router;
}
