// Staff for the benchmark: real StaffUser rows made by the real use case, and a
// console session cookie issued by the real session code (setStaffSession),
// so requireStaff runs exactly as for a handler who signed in with TOTP.
import { randomBytes } from 'node:crypto';
import type { Response } from 'express';
import type { AppContext } from '../src/context';
import { createStaffUser } from '../src/features/staff/create-staff-user';
import { setStaffSession, STAFF_SESSION_COOKIE } from '../src/features/staff/staff-session';
import { generateTotpSecret, sealTotpSecret } from '../src/features/staff/totp';

export interface BenchStaff {
  /** The handler the HTTP scenarios sign in as. */
  handlerId: string;
  /** All handlers, the signed-in one first; requests are assigned among them. */
  staffIds: string[];
  /** `Cookie` header value carrying the handler's console session. */
  cookie: string;
}

const names = ['Niina Nieminen', 'Aleksi Aalto', 'Sanna Salo', 'Jussi Järvinen', 'Pia Peltonen'];

export async function createBenchStaff(ctx: AppContext): Promise<BenchStaff> {
  const staffIds: string[] = [];
  for (const [i, name] of names.entries()) {
    const user = await createStaffUser(ctx, {
      email: `bench.handler${i}@inope.fi`,
      name,
      role: 'handler',
      password: randomBytes(18).toString('base64url'),
    });
    // requireStaff admits only users with TOTP enrolled.
    await ctx.db.prisma.staffUser.update({
      where: { id: user.id },
      data: {
        totpSecret: sealTotpSecret(ctx, generateTotpSecret()),
        totpEnabledAt: ctx.clock.now(),
      },
    });
    staffIds.push(user.id);
  }
  const handlerId = staffIds[0] as string;
  return { handlerId, staffIds, cookie: await issueStaffCookie(ctx, handlerId) };
}

/** Captures the cookie setStaffSession would send to the browser after a TOTP sign-in. */
export async function issueStaffCookie(ctx: AppContext, staffId: string): Promise<string> {
  const cookies = new Map<string, string>();
  const res = {
    cookie: (name: string, value: string) => {
      cookies.set(name, value);
      return res;
    },
    clearCookie: () => res,
  };
  // setStaffSession only calls cookie() and clearCookie() on the response.
  await setStaffSession(ctx, res as unknown as Response, staffId);
  const token = cookies.get(STAFF_SESSION_COOKIE);
  if (!token) throw new Error('setStaffSession did not set the session cookie');
  return `${STAFF_SESSION_COOKIE}=${encodeURIComponent(token)}`;
}
