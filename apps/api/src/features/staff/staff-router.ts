import { Router } from 'express';
import {
  changeStaffPasswordInputSchema,
  confirmTotpEnrolmentInputSchema,
  createStaffUserInputSchema,
  idSchema,
  staffLoginInputSchema,
  updateStaffUserInputSchema,
  type ConfirmTotpEnrolmentResponse,
  type StaffLoginResponse,
  type StaffSession,
  type StaffUserList,
} from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { AppError } from '../../errors/app-error';
import { createStaffSignInLimiters } from '../../http/auth-rate-limits';
import { localeOf } from '../../http/locale';
import { parseInput } from '../../http/validate';
import { changeStaffPassword } from './change-staff-password';
import { confirmTotpEnrolment } from './confirm-totp-enrolment';
import { createStaffUser } from './create-staff-user';
import { listStaffUsers } from './list-staff-users';
import { requireStaff, staffOf, staffSessionExpiryOf } from './require-staff';
import { resetStaffTotp } from './reset-staff-totp';
import { signInStaff } from './sign-in-staff';
import { updateStaffUser } from './update-staff-user';
import {
  cannotChangeSelfMessage,
  currentPasswordWrongMessage,
  emailTakenMessage,
} from './staff-auth-messages';
import {
  clearStaffCookies,
  readEnrolmentSession,
  setEnrolmentSession,
  setStaffSession,
} from './staff-session';

/** /api/staff: sign-in, enrolment, own session and password; staff users (admin). */
export function createStaffRouter(ctx: AppContext): Router {
  const router = Router();
  // Per-IP and per-email brakes on top of the per-account lockout, against password spraying.
  const signInLimiter = createStaffSignInLimiters(ctx);

  router.post('/auth/login', ...signInLimiter, async (req, res) => {
    const input = parseInput(staffLoginInputSchema, req.body, req);
    const result = await signInStaff(ctx, input, localeOf(req));
    let body: StaffLoginResponse;
    if (result.status === 'enrolment_required') {
      await setEnrolmentSession(ctx, res, result.staffId);
      body = { status: 'enrolment_required', enrolment: result.enrolment };
    } else {
      await setStaffSession(ctx, res, result.staff.id);
      body = result;
    }
    res.json(body);
  });

  router.post('/auth/enrolment/confirm', ...signInLimiter, async (req, res) => {
    const session = await readEnrolmentSession(ctx, req);
    if (!session) throw new AppError('UNAUTHENTICATED');
    const input = parseInput(confirmTotpEnrolmentInputSchema, req.body, req);
    const result = await confirmTotpEnrolment(
      ctx,
      { staffId: session.staffId, totp: input.totp },
      localeOf(req),
    );
    await setStaffSession(ctx, res, result.staff.id);
    const body: ConfirmTotpEnrolmentResponse = { status: 'signed_in', ...result };
    res.json(body);
  });

  router.post('/auth/logout', (_req, res) => {
    clearStaffCookies(ctx, res);
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
    await changeStaffPassword(
      ctx,
      { staffId: staff.id, ...input },
      { currentPasswordWrong: currentPasswordWrongMessage[localeOf(req)] },
    );
    await setStaffSession(ctx, res, staff.id);
    res.json({ ok: true });
  });

  router.get('/users', requireStaff(ctx, 'admin'), async (_req, res) => {
    const body: StaffUserList = { items: await listStaffUsers(ctx) };
    res.json(body);
  });

  router.post('/users', requireStaff(ctx, 'admin'), async (req, res) => {
    const input = parseInput(createStaffUserInputSchema, req.body, req);
    const user = await createStaffUser(
      ctx,
      {
        email: input.email,
        name: input.name,
        role: input.role,
        locale: input.locale,
        password: input.temporaryPassword,
      },
      { createdById: staffOf(res).id, conflictMessage: emailTakenMessage[localeOf(req)] },
    );
    res.status(201).json(user);
  });

  router.patch('/users/:id', requireStaff(ctx, 'admin'), async (req, res) => {
    const staffId = parseInput(idSchema, req.params.id, req);
    const input = parseInput(updateStaffUserInputSchema, req.body, req);
    const user = await updateStaffUser(
      ctx,
      {
        actorId: staffOf(res).id,
        staffId,
        role: input.role,
        isActive: input.isActive,
        locale: input.locale,
      },
      { cannotChangeSelf: cannotChangeSelfMessage[localeOf(req)] },
    );
    res.json(user);
  });

  router.post('/users/:id/reset-totp', requireStaff(ctx, 'admin'), async (req, res) => {
    const staffId = parseInput(idSchema, req.params.id, req);
    res.json(await resetStaffTotp(ctx, { actorId: staffOf(res).id, staffId }));
  });

  return router;
}
