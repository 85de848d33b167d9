import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import {
  SIGN_IN_CODE_MAX_ATTEMPTS,
  SIGN_IN_CODE_TTL_MINUTES,
  type Locale,
  type StartAuthResponse,
  type startAuthInputSchema,
} from '@oikeus/contracts';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { enqueueMail } from '../mail/enqueue-mail';
import { hashChallengeSecret } from './hash-challenge-secret';

type StartAuthInput = z.output<typeof startAuthInputSchema>;

/** Portal pages the emails point to (apps/web routes). */
export const SIGN_IN_VERIFY_PATH = '/sign-in/verify';
export const SIGN_UP_PATH = '/sign-up';

/**
 * Step one of passwordless sign-up / sign-in: store a challenge (hashes only)
 * and queue the email, in one transaction.
 *
 * At most one code per address is open: the new challenge closes the code of
 * every earlier one (their links stay usable until they expire — a 256-bit
 * token cannot be guessed, and a person's link must not die because someone
 * else asked for a code). The code can be typed only from the client that
 * asked for it (`clientKey`), so nobody else's guesses touch its attempts.
 *
 * The reply and the work done are the same whatever the address (DESIGN.md:
 * codes "do not reveal whether an account exists"): every branch looks the
 * account up, draws a code and a token, hashes them, inserts one challenge row
 * and queues one email. Only the mailbox owner learns which email it was:
 * - sign-up for a new address → the code, to confirm the address;
 * - sign-in for a known address, or sign-up for one that already has an
 *   account → a sign-in code (a sign-up never overwrites an existing account);
 * - sign-in for an unknown address → a note that there is no account and how
 *   to sign up; its challenge row is stored already consumed, so it can never
 *   be used.
 */
export async function startSignIn(
  ctx: AppContext,
  input: StartAuthInput,
  requestLocale: Locale,
  /** The asking client (auth-rate-limits.ts clientKey); stored only as a keyed hash. */
  client: string,
): Promise<StartAuthResponse> {
  const now = ctx.clock.now();
  const account = await ctx.db.prisma.account.findUnique({
    where: { email: input.email },
    select: { id: true, locale: true },
  });
  const isUnknownSignIn = !account && input.purpose === 'sign_in';
  const purpose = account ? 'sign_in' : input.purpose;
  const locale: Locale = input.locale ?? (account?.locale as Locale | undefined) ?? requestLocale;

  const id = randomUUID();
  const code = randomInt(0, 1_000_000).toString().padStart(6, '0');
  const token = randomBytes(32).toString('base64url');
  const isNewSignUp = !account && input.purpose === 'sign_up';

  await inTransaction(ctx.db, async (tx) => {
    // One open code per address (issue #20: the guess budget is 5 per code, not
    // 5 per code times the number of codes out). Same statement for every address.
    await tx.loginChallenge.updateMany({
      where: { email: input.email, consumedAt: null, attempts: { lt: SIGN_IN_CODE_MAX_ATTEMPTS } },
      data: { attempts: SIGN_IN_CODE_MAX_ATTEMPTS },
    });
    await tx.loginChallenge.create({
      data: {
        id,
        email: input.email,
        purpose,
        codeHash: hashChallengeSecret(ctx, 'code', code, id),
        linkTokenHash: hashChallengeSecret(ctx, 'link', token),
        clientKey: hashChallengeSecret(ctx, 'client', client),
        pendingName: isNewSignUp ? input.name : null,
        pendingPhone: isNewSignUp ? (input.phone ?? null) : null,
        pendingLocale: isNewSignUp ? input.locale : null,
        expiresAt: new Date(now.getTime() + SIGN_IN_CODE_TTL_MINUTES * 60_000),
        consumedAt: isUnknownSignIn ? now : null,
        createdAt: now,
      },
    });
    if (isUnknownSignIn) {
      await enqueueMail(tx, ctx, {
        template: 'sign_in_no_account',
        to: input.email,
        locale,
        data: { signUpPath: SIGN_UP_PATH },
      });
    } else {
      await enqueueMail(tx, ctx, {
        template: 'sign_in_code',
        to: input.email,
        locale,
        data: {
          code,
          linkPath: `${SIGN_IN_VERIFY_PATH}?token=${token}`,
          expiresInMinutes: SIGN_IN_CODE_TTL_MINUTES,
          purpose,
        },
      });
    }
  });
  return { status: 'check_email', expiresInMinutes: SIGN_IN_CODE_TTL_MINUTES };
}
