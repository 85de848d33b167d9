import type { Locale, SyncRecordResult, SyncRefusalReason } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import type { Tx } from '../../db/transaction';
import { AppError } from '../../errors/app-error';
import { reasonText } from '../../errors/reasons';

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
    message: reasonText(`syncRefusal.${reason}`, u.locale),
  };
}

/** A single console write refused at the door: a 409 giving the reason, as the sync API does. */
export function refusedAtTheDoor(reason: SyncRefusalReason | undefined): AppError {
  return new AppError('CONFLICT', reason ? `syncRefusal.${reason}` : undefined);
}

/** Maps externalIds to ids for `lookup` rows; used to resolve references between record types. */
export function idsByExternalId(
  rows: Array<{ id: string; externalId: string | null }>,
): Map<string, string> {
  return new Map(
    rows.filter((r) => r.externalId !== null).map((r) => [r.externalId as string, r.id]),
  );
}
