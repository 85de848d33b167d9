import { Router } from 'express';
import { startAuthInputSchema, verifyAuthInputSchema } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { localeOf } from '../../http/locale';
import { parseInput } from '../../http/validate';
import { createAuthRateLimiters } from '../../http/auth-rate-limits';
import { getOwnAccount } from './get-own-account';
import { requireSubject, subjectOf } from '../../http/require-subject';
import { clearSubjectSessionCookie, setSubjectSessionCookie } from '../../http/session-cookie';
import { signOutEverywhere } from './sign-out-everywhere';
import { startSignIn } from './start-sign-in';
import { verifySignIn } from './verify-sign-in';

/** /api/auth: passwordless sign-up and sign-in for data subjects. */
export function createAuthRouter(ctx: AppContext): Router {
  const router = Router();
  const limits = createAuthRateLimiters(ctx);

  router.post('/start', ...limits.start, async (req, res) => {
    const input = parseInput(startAuthInputSchema, req.body, req);
    res.status(202).json(await startSignIn(ctx, input, localeOf(req)));
  });

  router.post('/verify', ...limits.verify, async (req, res) => {
    const input = parseInput(verifyAuthInputSchema, req.body, req);
    const { account, sessionToken } = await verifySignIn(ctx, input, localeOf(req));
    setSubjectSessionCookie(res, ctx, sessionToken);
    res.json({ account });
  });

  router.get('/me', requireSubject(ctx), async (_req, res) => {
    res.json({ account: await getOwnAccount(ctx, subjectOf(res).accountId) });
  });

  // Signing out of this browser needs no valid session: it only clears the cookie.
  // The token itself stays valid until it expires (12 h); sign-out-everywhere ends it at once.
  router.post('/sign-out', (_req, res) => {
    clearSubjectSessionCookie(res, ctx);
    res.status(204).end();
  });

  router.post('/sign-out-everywhere', requireSubject(ctx), async (_req, res) => {
    await signOutEverywhere(ctx, subjectOf(res).accountId);
    clearSubjectSessionCookie(res, ctx);
    res.status(204).end();
  });

  return router;
}
