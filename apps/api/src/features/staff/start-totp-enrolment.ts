import type { TotpEnrolment } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { buildTotpEnrolment, generateTotpSecret, sealTotpSecret } from './totp';

/**
 * Starts TOTP enrolment for a member who has no second factor yet (a first
 * sign-in, an accepted invitation, or after an admin reset it): a fresh secret
 * each time, so only the latest QR code works. Nothing else is reachable until
 * confirm-totp-enrolment.ts accepts a first code.
 */
export async function startTotpEnrolment(
  ctx: AppContext,
  user: { id: string; email: string },
): Promise<TotpEnrolment> {
  const secret = generateTotpSecret();
  await ctx.db.prisma.staffUser.update({
    where: { id: user.id },
    data: { totpSecret: sealTotpSecret(ctx, secret), failedLogins: 0 },
  });
  return buildTotpEnrolment(user.email, secret);
}
