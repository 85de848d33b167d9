// Subject sessions: a short-lived JWT signed with the installation secret.
// HS256 is pinned on verification so a token cannot choose its own algorithm
// (no `none`, no key confusion), and the audience keeps portal tokens apart
// from staff-console tokens signed with the same secret.
import { SignJWT, jwtVerify } from 'jose';
import { z } from 'zod';
import type { AppContext } from '../context';

export const SUBJECT_SESSION_AUDIENCE = 'oikeus-portal';
/** A working day: long enough to write a request, short enough that a forgotten browser expires. */
export const SUBJECT_SESSION_TTL_SECONDS = 12 * 60 * 60;

/** The issuer is this installation, so a token from another Oikeus install is refused. */
export function sessionIssuer(ctx: Pick<AppContext, 'env'>): string {
  return new URL(ctx.env.PUBLIC_URL).origin;
}

export interface SubjectSessionClaims {
  accountId: string;
  /** Millisecond precision, compared with Account.sessionsValidFrom ("sign out everywhere"). */
  issuedAt: Date;
}

const claimsSchema = z.object({ sub: z.uuid(), iatMs: z.int().nonnegative() });

export async function issueSubjectSessionToken(
  ctx: Pick<AppContext, 'env' | 'clock' | 'secret'>,
  accountId: string,
): Promise<string> {
  const now = ctx.clock.now();
  const seconds = Math.floor(now.getTime() / 1000);
  // JWT `iat` has whole seconds only; `iatMs` keeps the instant exact so a
  // sign-out-everywhere in the same second still ends this session.
  return new SignJWT({ iatMs: now.getTime() })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(accountId)
    .setIssuer(sessionIssuer(ctx))
    .setAudience(SUBJECT_SESSION_AUDIENCE)
    .setIssuedAt(seconds)
    .setExpirationTime(seconds + SUBJECT_SESSION_TTL_SECONDS)
    .sign(ctx.secret);
}

/** The claims of a valid, unexpired token, or null for anything else. */
export async function verifySubjectSessionToken(
  ctx: Pick<AppContext, 'env' | 'clock' | 'secret'>,
  token: string,
): Promise<SubjectSessionClaims | null> {
  try {
    const { payload } = await jwtVerify(token, ctx.secret, {
      algorithms: ['HS256'],
      issuer: sessionIssuer(ctx),
      audience: SUBJECT_SESSION_AUDIENCE,
      requiredClaims: ['sub', 'iat', 'exp'],
      // Expiry is judged on the injected clock, like every other business time.
      currentDate: ctx.clock.now(),
    });
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success) return null;
    return { accountId: claims.data.sub, issuedAt: new Date(claims.data.iatMs) };
  } catch {
    return null;
  }
}
