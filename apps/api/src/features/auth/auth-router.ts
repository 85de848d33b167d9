import { Router } from 'express';
import { startAuthInputSchema, verifyAuthInputSchema } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { localeOf } from '../../http/locale';
import { parseInput } from '../../http/validate';
import { clientKey, createAuthRateLimiters } from '../../http/auth-rate-limits';
import { getOwnAccount } from './get-own-account';
import { requireSubject, subjectOf } from '../../http/require-subject';
import {
  clearSubjectSessionCookie,
  setSubjectSessionCookie,
  SUBJECT_SESSION_COOKIE,
} from '../../http/session-cookie';
import { verifySubjectSessionToken } from '../../http/session-token';
import { signOutEverywhere, signOutSubject } from './sign-out-everywhere';
import { startSignIn } from './start-sign-in';
import { verifySignIn } from './verify-sign-in';

/** /api/auth: passwordless sign-up and sign-in for data subjects. */
export function createAuthRouter(ctx: AppContext): Router {
  const router = Router();
  const limits = createAuthRateLimiters(ctx);

  router.post('/start', ...limits.start, async (req, res) => {
    const input = parseInput(startAuthInputSchema, req.body, req);
    res.status(202).json(await startSignIn(ctx, input, localeOf(req), clientKey(req)));
  });

  router.post('/verify', ...limits.verify, async (req, res) => {
    const input = parseInput(verifyAuthInputSchema, req.body, req);
    const { account, sessionToken } = await verifySignIn(ctx, input, localeOf(req), clientKey(req));
    setSubjectSessionCookie(res, ctx, sessionToken);
    res.json({ account });
  });

  router.get('/me', requireSubject(ctx), async (_req, res) => {
    res.json({ account: await getOwnAccount(ctx, subjectOf(res).accountId) });
  });

  // Signing out needs no valid session (an expired one must still clear its
  // cookie); a genuine one is revoked on the server, so the token dies with it.
  router.post('/sign-out', async (req, res) => {
    const token: unknown = req.cookies?.[SUBJECT_SESSION_COOKIE];
    const claims = typeof token === 'string' ? await verifySubjectSessionToken(ctx, token) : null;
    if (claims) await signOutSubject(ctx, claims);
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
