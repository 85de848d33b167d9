import { Router } from 'express';
import {
  changeStaffPasswordInputSchema,
  checkStaffPasswordLinkInputSchema,
  confirmTotpEnrolmentInputSchema,
  createStaffUserInputSchema,
  forgotStaffPasswordInputSchema,
  idSchema,
  setStaffPasswordInputSchema,
  staffLoginInputSchema,
  updateStaffAccountInputSchema,
  updateStaffUserInputSchema,
  type ConfirmTotpEnrolmentResponse,
  type SetStaffPasswordResponse,
  type StaffAccount,
  type StaffPasswordLink,
  type StaffLoginResponse,
  type StaffSession,
  type StaffSessionList,
  type StaffUserList,
} from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { AppError } from '../../errors/app-error';
import {
  createStaffPasswordLinkLimiters,
  createStaffSignInLimiters,
} from '../../http/auth-rate-limits';
import { parseInput } from '../../http/validate';
import { changeStaffPassword } from './change-staff-password';
import { confirmTotpEnrolment } from './confirm-totp-enrolment';
import { inviteStaffUser } from './invite-staff-user';
import { requestStaffPasswordReset } from './request-staff-password-reset';
import { resetStaffPassword } from './reset-staff-password';
import { checkStaffPasswordLink, useStaffPasswordLink } from './use-staff-password-link';
import { getOwnStaffAccount } from './get-own-staff-account';
import { listStaffUsers } from './list-staff-users';
import { listStaffSessions } from './list-staff-sessions';
import { requireStaff, staffOf, staffSessionExpiryOf, staffSessionIdOf } from './require-staff';
import { revokeStaffSession } from './revoke-staff-session';
import { signOutStaff, signOutStaffEverywhere } from './sign-out-staff';
import { resetStaffTotp } from './reset-staff-totp';
import { signInStaff } from './sign-in-staff';
import { updateOwnStaffAccount } from './update-own-staff-account';
import { updateStaffUser } from './update-staff-user';
import {
  clearStaffCookies,
  readEnrolmentSession,
  readStaffSession,
  setEnrolmentSession,
  setStaffSession,
} from './staff-session';

/** /api/staff: sign-in, enrolment, password links, own account; staff users (admin). */
export function createStaffRouter(ctx: AppContext): Router {
  const router = Router();
  // Per-IP and per-email brakes on top of the per-account lockout, against password spraying.
  const signInLimiter = createStaffSignInLimiters(ctx);
  const linkLimiters = createStaffPasswordLinkLimiters(ctx);

  router.post('/auth/login', ...signInLimiter, async (req, res) => {
    const input = parseInput(staffLoginInputSchema, req.body, req);
    const result = await signInStaff(ctx, input);
    let body: StaffLoginResponse;
    if (result.status === 'enrolment_required') {
      await setEnrolmentSession(ctx, res, result.staffId);
      body = { status: 'enrolment_required', enrolment: result.enrolment };
    } else {
      await setStaffSession(ctx, res, result.staff.id, { userAgent: req.get('user-agent') });
      body = result;
    }
    res.json(body);
  });

  router.post('/auth/enrolment/confirm', ...signInLimiter, async (req, res) => {
    const session = await readEnrolmentSession(ctx, req);
    if (!session) throw new AppError('UNAUTHENTICATED');
    const input = parseInput(confirmTotpEnrolmentInputSchema, req.body, req);
    const result = await confirmTotpEnrolment(ctx, {
      staffId: session.staffId,
      totp: input.totp,
    });
    await setStaffSession(ctx, res, result.staff.id, { userAgent: req.get('user-agent') });
    const body: ConfirmTotpEnrolmentResponse = { status: 'signed_in', ...result };
    res.json(body);
  });

  // "Forgot password?": the same answer whether or not the address is a member's.
  router.post('/auth/forgot-password', ...linkLimiters.forgot, async (req, res) => {
    const input = parseInput(forgotStaffPasswordInputSchema, req.body, req);
    await requestStaffPasswordReset(ctx, input.email);
    res.status(202).json({ ok: true });
  });

  router.post('/auth/password-link/check', ...linkLimiters.link, async (req, res) => {
    const input = parseInput(checkStaffPasswordLinkInputSchema, req.body, req);
    const body: StaffPasswordLink = await checkStaffPasswordLink(ctx, input.token);
    res.json(body);
  });

  router.post('/auth/password-link', ...linkLimiters.link, async (req, res) => {
    const input = parseInput(setStaffPasswordInputSchema, req.body, req);
    const result = await useStaffPasswordLink(ctx, input);
    let body: SetStaffPasswordResponse;
    if (result.status === 'enrolment_required') {
      await setEnrolmentSession(ctx, res, result.staffId);
      body = { status: 'enrolment_required', enrolment: result.enrolment };
    } else {
      clearStaffCookies(ctx, res);
      body = result;
    }
    res.json(body);
  });

  // Needs no valid session (an expired one must still be able to clear its
  // cookie), but a genuine one is revoked on the server, not only forgotten.
  router.post('/auth/logout', async (req, res) => {
    const session = await readStaffSession(ctx, req);
    if (session) await signOutStaff(ctx, session);
    clearStaffCookies(ctx, res);
    res.json({ ok: true });
  });

  router.post('/auth/sign-out-everywhere', requireStaff(ctx), async (_req, res) => {
    await signOutStaffEverywhere(ctx, staffOf(res).id);
    clearStaffCookies(ctx, res);
    res.json({ ok: true });
  });

  router.get('/auth/sessions', requireStaff(ctx), async (_req, res) => {
    const body: StaffSessionList = await listStaffSessions(ctx, {
      staffId: staffOf(res).id,
      currentSessionId: staffSessionIdOf(res),
    });
    res.json(body);
  });

  router.post('/auth/sessions/:id/revoke', requireStaff(ctx), async (req, res) => {
    const sessionId = parseInput(idSchema, req.params.id, req);
    await revokeStaffSession(ctx, { staffId: staffOf(res).id, sessionId });
    if (sessionId === staffSessionIdOf(res)) clearStaffCookies(ctx, res);
    res.json({ ok: true });
  });

  router.get('/auth/session', requireStaff(ctx), (_req, res) => {
    const body: StaffSession = {
      staff: staffOf(res),
      expiresAt: staffSessionExpiryOf(res).toISOString(),
    };
    res.json(body);
  });

  router.post('/auth/password', requireStaff(ctx), async (req, res) => {
    const input = parseInput(changeStaffPasswordInputSchema, req.body, req);
    const staff = staffOf(res);
    await changeStaffPassword(ctx, {
      staffId: staff.id,
      ...input,
      currentSessionId: staffSessionIdOf(res),
    });
    res.json({ ok: true });
  });

  router.get('/auth/account', requireStaff(ctx), async (_req, res) => {
    const body: StaffAccount = await getOwnStaffAccount(ctx, staffOf(res).id);
    res.json(body);
  });

  router.patch('/auth/account', requireStaff(ctx), async (req, res) => {
    const input = parseInput(updateStaffAccountInputSchema, req.body, req);
    const body: StaffAccount = await updateOwnStaffAccount(ctx, {
      staffId: staffOf(res).id,
      ...input,
    });
    res.json(body);
  });

  router.get('/users', requireStaff(ctx, 'admin'), async (_req, res) => {
    const body: StaffUserList = { items: await listStaffUsers(ctx) };
    res.json(body);
  });

  router.post('/users', requireStaff(ctx, 'admin'), async (req, res) => {
    const input = parseInput(createStaffUserInputSchema, req.body, req);
    const user = await inviteStaffUser(ctx, { actorId: staffOf(res).id, ...input });
    res.status(201).json(user);
  });

  router.patch('/users/:id', requireStaff(ctx, 'admin'), async (req, res) => {
    const staffId = parseInput(idSchema, req.params.id, req);
    const input = parseInput(updateStaffUserInputSchema, req.body, req);
    const user = await updateStaffUser(ctx, {
      actorId: staffOf(res).id,
      staffId,
      role: input.role,
      isActive: input.isActive,
      locale: input.locale,
    });
    res.json(user);
  });

  router.post('/users/:id/reset-password', requireStaff(ctx, 'admin'), async (req, res) => {
    const staffId = parseInput(idSchema, req.params.id, req);
    res.json(await resetStaffPassword(ctx, { actorId: staffOf(res).id, staffId }));
  });

  router.post('/users/:id/reset-totp', requireStaff(ctx, 'admin'), async (req, res) => {
    const staffId = parseInput(idSchema, req.params.id, req);
    res.json(await resetStaffTotp(ctx, { actorId: staffOf(res).id, staffId }));
  });

  return router;
}
