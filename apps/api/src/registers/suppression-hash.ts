import { createHmac } from 'node:crypto';
import type { AppContext } from '../context';
import type { Tx } from '../db/transaction';
import { normaliseEmail, normalisePhone } from './score-register-match';

export type SuppressionKind = 'email' | 'phone';

function hashWith(key: Uint8Array, kind: SuppressionKind, value: string): string {
  const normalised = kind === 'email' ? normaliseEmail(value) : normalisePhone(value);
  return createHmac('sha256', key).update(`${kind}:${normalised}`).digest('hex');
}

/**
 * HMAC-SHA-256 of a normalised email or phone under the suppression list's
 * own key (SUPPRESSION_KEY, see config/suppression-key.ts): the list can stop
 * a person being re-added to marketing without keeping their address (Art.
 * 17, 21(3); data minimisation, Art. 5(1)(c)). New entries use this hash.
 */
export function suppressionHash(
  ctx: Pick<AppContext, 'suppressionKeys'>,
  kind: SuppressionKind,
  value: string,
): string {
  return hashWith(ctx.suppressionKeys.current, kind, value);
}

/** The hashes under the current and every previous key: an entry matching any of them still suppresses. */
export function suppressionHashes(
  ctx: Pick<AppContext, 'suppressionKeys'>,
  kind: SuppressionKind,
  value: string,
): string[] {
  const { current, previous } = ctx.suppressionKeys;
  return [current, ...previous].map((key) => hashWith(key, kind, value));
}

/** Adds suppression entries for an address and phone; existing ones are kept as they are. */
export async function addSuppressions(
  tx: Tx,
  ctx: Pick<AppContext, 'suppressionKeys'>,
  input: {
    email: string | null;
    phone: string | null;
    reason: string;
    /** The request that caused it; null when retention records a prohibition. */
    requestId: string | null;
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
