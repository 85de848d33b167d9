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

/** What an entry stops: one marketing channel, or every channel. */
export type SuppressionChannel = 'email' | 'sms' | 'phone' | 'post' | 'all';

/** One entry as written: which of the person's values, for which channel. */
export interface AddedSuppression {
  kind: SuppressionKind;
  channel: SuppressionChannel;
}

/**
 * Adds suppression entries for an address and phone, one per channel (`all`
 * when no channels are given: an erasure or retention stops every channel).
 * Existing entries are kept as they are. Returns every entry the values now
 * have, new or already there, so the caller can say what is recorded.
 */
export async function addChannelSuppressions(
  tx: Tx,
  ctx: Pick<AppContext, 'suppressionKeys'>,
  input: {
    email: string | null;
    phone: string | null;
    /** Left out: one entry that stops every channel. */
    channels?: ReadonlyArray<Exclude<SuppressionChannel, 'all'>>;
    reason: string;
    /** The request that caused it; null when retention records a prohibition. */
    requestId: string | null;
    at: Date;
  },
): Promise<AddedSuppression[]> {
  const added: AddedSuppression[] = [];
  const values: Array<[SuppressionKind, string | null]> = [
    ['email', input.email],
    ['phone', input.phone],
  ];
  const channels: SuppressionChannel[] = input.channels?.length ? [...input.channels] : ['all'];
  for (const [kind, value] of values) {
    if (!value || !value.trim()) continue;
    const valueHash = suppressionHash(ctx, kind, value);
    for (const channel of channels) {
      await tx.marketingSuppression.upsert({
        where: { valueHash_channel: { valueHash, channel } },
        create: {
          valueHash,
          kind,
          channel,
          reason: input.reason,
          requestId: input.requestId,
          createdAt: input.at,
        },
        update: {},
      });
      added.push({ kind, channel });
    }
  }
  return added;
}

/** Adds entries that stop every channel for an address and phone; returns the kinds written. */
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
  const added = await addChannelSuppressions(tx, ctx, input);
  return added.map((entry) => entry.kind);
}

/** The entries that stop marketing on `channel`: those for that channel and those for every channel. */
export function channelsStopping(
  channel: Exclude<SuppressionChannel, 'all'>,
): SuppressionChannel[] {
  return ['all', channel];
}
