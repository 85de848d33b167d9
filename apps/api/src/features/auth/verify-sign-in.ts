import {
  SIGN_IN_CODE_MAX_ATTEMPTS,
  type Locale,
  type SubjectAccount,
  type verifyAuthInputSchema,
} from '@oikeus/contracts';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { fieldError, type AppError } from '../../errors/app-error';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { hashChallengeSecret, isSameHash } from './hash-challenge-secret';
import { issueSubjectSessionToken } from '../../http/session-token';
import { toSubjectAccount } from './to-subject-account';

type VerifyAuthInput = z.output<typeof verifyAuthInputSchema>;

function invalid(): AppError {
  return fieldError('code', 'signIn.challengeInvalid');
}

/**
 * Checks a typed code against the one open code of the address (a newer
 * request closes older codes, start-sign-in.ts). Only the client that asked
 * for that code may try it: a guess from anywhere else is refused without
 * touching the code, so a stranger cannot spend the owner's five attempts
 * (issue #20). The attempt is taken atomically before comparing, so parallel
 * guesses cannot get more than SIGN_IN_CODE_MAX_ATTEMPTS tries between them.
 */
async function matchCode(
  ctx: AppContext,
  email: string,
  code: string,
  now: Date,
  client: string,
): Promise<string | null> {
  const open = await ctx.db.prisma.loginChallenge.findFirst({
    where: {
      email,
      consumedAt: null,
      expiresAt: { gt: now },
      attempts: { lt: SIGN_IN_CODE_MAX_ATTEMPTS },
    },
    orderBy: { createdAt: 'desc' },
    select: { id: true, clientKey: true, codeHash: true },
  });
  if (!open || !isSameHash(open.clientKey, hashChallengeSecret(ctx, 'client', client))) {
    return null;
  }
  const taken = await ctx.db.prisma.loginChallenge.updateMany({
    where: { id: open.id, consumedAt: null, attempts: { lt: SIGN_IN_CODE_MAX_ATTEMPTS } },
    data: { attempts: { increment: 1 } },
  });
  if (taken.count === 0) return null;
  return isSameHash(open.codeHash, hashChallengeSecret(ctx, 'code', code, open.id))
    ? open.id
    : null;
}

/**
 * The emailed link works from any client until it is used or expires: its
 * 256-bit token cannot be guessed, so wrong codes (anyone's) never close it.
 */
async function matchLink(ctx: AppContext, token: string, now: Date): Promise<string | null> {
  const challenge = await ctx.db.prisma.loginChallenge.findUnique({
    where: { linkTokenHash: hashChallengeSecret(ctx, 'link', token) },
    select: { id: true, consumedAt: true, expiresAt: true },
  });
  if (!challenge || challenge.consumedAt || challenge.expiresAt <= now) return null;
  return challenge.id;
}

export interface VerifiedSignIn {
  account: SubjectAccount;
  sessionToken: string;
}

/**
 * Step two: the emailed code (with the address) or the link token. Consumes
 * the challenge exactly once, creates the account on sign-up with the address
 * marked verified, and issues a session. Every failure looks the same.
 */
export async function verifySignIn(
  ctx: AppContext,
  input: VerifyAuthInput,
  /** The language a new account gets when the sign-up did not say (the caller's). */
  locale: Locale,
  /** The client typing the code (auth-rate-limits.ts clientKey). */
  client: string,
): Promise<VerifiedSignIn> {
  const now = ctx.clock.now();
  const challengeId =
    input.token !== undefined
      ? await matchLink(ctx, input.token, now)
      : input.email !== undefined && input.code !== undefined
        ? await matchCode(ctx, input.email, input.code, now, client)
        : null;
  if (!challengeId) throw invalid();

  const account = await inTransaction(ctx.db, async (tx) => {
    // Single use: only the first of two racing verifications gets count 1.
    const consumed = await tx.loginChallenge.updateMany({
      where: { id: challengeId, consumedAt: null, expiresAt: { gt: now } },
      data: { consumedAt: now },
    });
    if (consumed.count === 0) return null;
    const challenge = await tx.loginChallenge.findUniqueOrThrow({ where: { id: challengeId } });
    // Signing in ends every other code and link still out for this address.
    await tx.loginChallenge.updateMany({
      where: { email: challenge.email, consumedAt: null },
      data: { consumedAt: now },
    });

    const existing = await tx.account.findUnique({ where: { email: challenge.email } });
    if (existing) {
      // A requester a handler logged (issue #18) signs up by proving the same
      // address: the first verified sign-in makes the row a portal account.
      const verified =
        existing.emailVerifiedAt && existing.signedUpAt
          ? existing
          : await tx.account.update({
              where: { id: existing.id },
              data: {
                emailVerifiedAt: existing.emailVerifiedAt ?? now,
                signedUpAt: existing.signedUpAt ?? now,
              },
            });
      await appendAuditEntry(tx, ctx.db, {
        at: now,
        actorType: 'subject',
        actorId: existing.id,
        action: 'subject.signed_in',
      });
      return verified;
    }
    // A sign-in challenge for an address without an account (it was stored
    // consumed, so this is only reached if the account was deleted meanwhile).
    if (challenge.purpose !== 'sign_up' || !challenge.pendingName) return null;
    const created = await tx.account.create({
      data: {
        email: challenge.email,
        name: challenge.pendingName,
        phone: challenge.pendingPhone,
        locale: challenge.pendingLocale ?? locale,
        emailVerifiedAt: now,
        signedUpAt: now,
        sessionsValidFrom: now,
        createdAt: now,
      },
    });
    await appendAuditEntry(tx, ctx.db, {
      at: now,
      actorType: 'subject',
      actorId: created.id,
      action: 'subject.signed_up',
      details: { emailVerified: true },
    });
    return created;
  });
  if (!account) throw invalid();
  return {
    account: toSubjectAccount(account),
    sessionToken: await issueSubjectSessionToken(ctx, account.id),
  };
}
