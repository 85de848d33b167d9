// Subject sessions: a short-lived JWT signed with the installation secret,
// naming a server-side SubjectSession row (revoked by sign-out and "sign out
// everywhere"; requireSubject reads it on every request).
// HS256 is pinned on verification so a token cannot choose its own algorithm
// (no `none`, no key confusion), and the audience keeps portal tokens apart
// from staff-console tokens signed with the same secret.
import { randomUUID } from 'node:crypto';
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
  /** The SubjectSession row this token stands for. */
  sessionId: string;
  /** Millisecond precision, compared with Account.sessionsValidFrom ("sign out everywhere"). */
  issuedAt: Date;
}

const claimsSchema = z.object({ sub: z.uuid(), sid: z.uuid(), iatMs: z.int().nonnegative() });

/** Stores a new session for the account and returns the signed token that names it. */
export async function issueSubjectSessionToken(
  ctx: Pick<AppContext, 'env' | 'clock' | 'secret' | 'db'>,
  accountId: string,
): Promise<string> {
  const now = ctx.clock.now();
  const seconds = Math.floor(now.getTime() / 1000);
  const sessionId = randomUUID();
  // Expired sessions of this account are removed as a new one starts (the
  // rest go with the account): the table holds only sessions that can still work.
  await ctx.db.prisma.subjectSession.deleteMany({ where: { accountId, expiresAt: { lte: now } } });
  await ctx.db.prisma.subjectSession.create({
    data: {
      id: sessionId,
      accountId,
      createdAt: now,
      expiresAt: new Date((seconds + SUBJECT_SESSION_TTL_SECONDS) * 1000),
    },
  });
  // JWT `iat` has whole seconds only; `iatMs` keeps the instant exact so a
  // sign-out-everywhere in the same second still ends this session.
  return new SignJWT({ iatMs: now.getTime(), sid: sessionId })
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
    return {
      accountId: claims.data.sub,
      sessionId: claims.data.sid,
      issuedAt: new Date(claims.data.iatMs),
    };
  } catch {
    return null;
  }
}
