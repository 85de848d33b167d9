import { createHmac } from 'node:crypto';
import type { AppContext } from '../../context';
import type { Tx } from '../../db/transaction';
import { normaliseEmail, normalisePhone } from '../../registers/score-register-match';

export type SuppressionKind = 'email' | 'phone';

/**
 * HMAC-SHA-256 (keyed with the server secret) of a normalised email or phone:
 * the suppression list can stop a person being re-added to marketing without
 * keeping their address (Art. 17, 21(3); data minimisation, Art. 5(1)(c)).
 * Rotating SESSION_SECRET invalidates the list, so keep that secret stable.
 */
export function suppressionHash(
  ctx: Pick<AppContext, 'secret'>,
  kind: SuppressionKind,
  value: string,
): string {
  const normalised = kind === 'email' ? normaliseEmail(value) : normalisePhone(value);
  return createHmac('sha256', ctx.secret).update(`${kind}:${normalised}`).digest('hex');
}

/** Adds suppression entries for an address and phone; existing ones are kept as they are. */
export async function addSuppressions(
  tx: Tx,
  ctx: Pick<AppContext, 'secret'>,
  input: {
    email: string | null;
    phone: string | null;
    reason: string;
    requestId: string;
    at: Date;
  },
): Promise<SuppressionKind[]> {
  const added: SuppressionKind[] = [];
  const values: Array<[SuppressionKind, string | null]> = [
    ['email', input.email],
    ['phone', input.phone],
  ];
  for (const [kind, value] of values) {
    if (!value || !value.trim()) continue;
    const valueHash = suppressionHash(ctx, kind, value);
    await tx.marketingSuppression.upsert({
      where: { valueHash },
      create: {
        valueHash,
        kind,
        reason: input.reason,
        requestId: input.requestId,
        createdAt: input.at,
      },
      update: {},
    });
    added.push(kind);
  }
  return added;
}
