import type { Locale, SyncRecordResult, SyncRefusalReason } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import type { Tx } from '../../db/transaction';
import { refusalMessages } from './sync-messages';

/** What every per-type upsert gets: one transaction, one instant, the caller's language. */
export interface UpsertContext {
  ctx: AppContext;
  tx: Tx;
  now: Date;
  locale: Locale;
}

export function refused(
  u: Pick<UpsertContext, 'locale'>,
  externalId: string,
  reason: SyncRefusalReason,
): SyncRecordResult {
  return {
    externalId,
    outcome: 'refused',
    isRestricted: false,
    reason,
    message: refusalMessages[reason][u.locale],
  };
}

/** Maps externalIds to ids for `lookup` rows; used to resolve references between record types. */
export function idsByExternalId(
  rows: Array<{ id: string; externalId: string | null }>,
): Map<string, string> {
  return new Map(
    rows.filter((r) => r.externalId !== null).map((r) => [r.externalId as string, r.id]),
  );
}
