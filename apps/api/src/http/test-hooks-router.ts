// Hooks for the end-to-end suite only, under /api/test: move the clock, create a
// staff member and open a console session for them without the password and TOTP
// form, and run one worker pass now. They are mounted only with TEST_CLOCK=true,
// which loadEnv refuses in production; this factory refuses a production
// environment again, because a route that signs anyone in as staff is a back
// door to every data subject's data (GDPR Art. 32(1)(b), Art. 25(1)).
import { randomBytes } from 'node:crypto';
import { Router } from 'express';
import { z } from 'zod';
import {
  emailSchema,
  localeSchema,
  personNameSchema,
  staffRoleSchema,
  type StaffMe,
} from '@oikeus/contracts';
import type { AppContext } from '../context';
import { AppError } from '../errors/app-error';
import { createStaffUser } from '../features/staff/create-staff-user';
import { setStaffSession } from '../features/staff/staff-session';
import { generateTotpSecret, sealTotpSecret } from '../features/staff/totp';
import { startWorker } from '../worker/start-worker';
import { createTestClockRouter } from './test-clock-router';
import { parseInput } from './validate';

const createStaffSchema = z
  .object({
    email: emailSchema,
    name: personNameSchema,
    role: staffRoleSchema,
    locale: localeSchema.optional(),
  })
  .strict();

const openSessionSchema = z.object({ email: emailSchema }).strict();

export class TestHooksInProductionError extends Error {
  constructor() {
    super('The test hooks (TEST_CLOCK) must never be mounted when NODE_ENV=production');
    this.name = 'TestHooksInProductionError';
  }
}

/** Mounted only when TEST_CLOCK=true; throws for a production environment however it was built. */
export function createTestHooksRouter(ctx: AppContext): Router {
  if (ctx.env.NODE_ENV === 'production') throw new TestHooksInProductionError();
  const router = Router();
  router.use('/clock', createTestClockRouter(ctx));

  // A staff member who can only ever be signed in through /staff-session: the
  // password is random and never returned, and the TOTP secret sealed for them
  // is thrown away (the console requires an enrolled second factor).
  router.post('/staff-users', async (req, res) => {
    const input = parseInput(createStaffSchema, req.body, req);
    const user = await createStaffUser(ctx, {
      ...input,
      password: randomBytes(24).toString('base64url'),
    });
    await ctx.db.prisma.staffUser.update({
      where: { id: user.id },
      data: {
        totpSecret: sealTotpSecret(ctx, generateTotpSecret()),
        totpEnabledAt: ctx.clock.now(),
      },
    });
    const staff: StaffMe = { id: user.id, email: user.email, name: user.name, role: user.role };
    res.status(201).json({ staff });
  });

  // Issues the console session exactly as a successful password + TOTP sign-in
  // does: a thin call into the staff-session module, so a change to how sessions
  // are issued or recorded applies here too.
  router.post('/staff-session', async (req, res) => {
    const { email } = parseInput(openSessionSchema, req.body, req);
    const user = await ctx.db.prisma.staffUser.findFirst({
      where: { email: email.trim().toLowerCase(), isActive: true, totpEnabledAt: { not: null } },
      select: { id: true, email: true, name: true, role: true },
    });
    if (!user) throw new AppError('NOT_FOUND');
    const expiresAt = await setStaffSession(ctx, res, user.id);
    const staff: StaffMe = user;
    res.json({ staff, expiresAt: expiresAt.toISOString() });
  });

  // One pass of the worker at the app's clock: the reminder scan, then the
  // outbox, so a journey sees its mail without waiting for a worker interval.
  router.post('/worker-pass', async (_req, res) => {
    const worker = startWorker(ctx, { isLooping: false, workerId: 'test-hooks' });
    try {
      res.json(await worker.runOnce());
    } finally {
      await worker.stop();
    }
  });
  return router;
}
