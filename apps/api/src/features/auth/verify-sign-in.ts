import {
  SIGN_IN_CODE_MAX_ATTEMPTS,
  type Locale,
  type SubjectAccount,
  type verifyAuthInputSchema,
} from '@oikeus/contracts';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../errors/app-error';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { authMessages } from './auth-messages';
import { hashChallengeSecret, isSameHash } from './hash-challenge-secret';
import { issueSubjectSessionToken } from '../../http/session-token';
import { toSubjectAccount } from './to-subject-account';

type VerifyAuthInput = z.output<typeof verifyAuthInputSchema>;

/** How many open challenges of one address a typed code is checked against. */
const MAX_OPEN_CHALLENGES = 5;

function invalid(locale: Locale): AppError {
  const message = authMessages.invalidChallenge[locale];
  return new AppError('VALIDATION_FAILED', message, [{ path: 'code', message }]);
}

/** Finds the challenge a typed code belongs to, spending one attempt on each open challenge first. */
async function matchCode(
  ctx: AppContext,
  email: string,
  code: string,
  now: Date,
): Promise<string | null> {
  const open = await ctx.db.prisma.loginChallenge.findMany({
    where: {
      email,
      consumedAt: null,
      expiresAt: { gt: now },
      attempts: { lt: SIGN_IN_CODE_MAX_ATTEMPTS },
    },
    orderBy: { createdAt: 'desc' },
    take: MAX_OPEN_CHALLENGES,
    select: { id: true },
  });
  let matched: string | null = null;
  for (const { id } of open) {
    // The attempt is taken atomically before comparing, so parallel guesses
    // cannot get more than SIGN_IN_CODE_MAX_ATTEMPTS tries between them.
    const taken = await ctx.db.prisma.loginChallenge.updateMany({
      where: { id, consumedAt: null, attempts: { lt: SIGN_IN_CODE_MAX_ATTEMPTS } },
      data: { attempts: { increment: 1 } },
    });
    if (taken.count === 0) continue;
    const row = await ctx.db.prisma.loginChallenge.findUnique({
      where: { id },
      select: { codeHash: true },
    });
    if (
      row &&
      matched === null &&
      isSameHash(row.codeHash, hashChallengeSecret(ctx, 'code', code, id))
    ) {
      matched = id;
    }
  }
  return matched;
}

async function matchLink(ctx: AppContext, token: string, now: Date): Promise<string | null> {
  const challenge = await ctx.db.prisma.loginChallenge.findUnique({
    where: { linkTokenHash: hashChallengeSecret(ctx, 'link', token) },
    select: { id: true, consumedAt: true, expiresAt: true, attempts: true },
  });
  // A challenge whose code was guessed wrong too often is dead for its link too.
  if (!challenge || challenge.consumedAt || challenge.expiresAt <= now) return null;
  if (challenge.attempts >= SIGN_IN_CODE_MAX_ATTEMPTS) return null;
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
  locale: Locale,
): Promise<VerifiedSignIn> {
  const now = ctx.clock.now();
  const challengeId =
    input.token !== undefined
      ? await matchLink(ctx, input.token, now)
      : input.email !== undefined && input.code !== undefined
        ? await matchCode(ctx, input.email, input.code, now)
        : null;
  if (!challengeId) throw invalid(locale);

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
      const verified = existing.emailVerifiedAt
        ? existing
        : await tx.account.update({ where: { id: existing.id }, data: { emailVerifiedAt: now } });
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
  if (!account) throw invalid(locale);
  return {
    account: toSubjectAccount(account),
    sessionToken: await issueSubjectSessionToken(ctx, account.id),
  };
}
