import type { RetentionRecordType } from '@oikeus/domain';
import type { Db } from '../../db/client';
import type { Tx } from '../../db/transaction';

type RestrictableType = RetentionRecordType | 'service_order';

/**
 * Whether an active restriction's ground keeps a record past its retention
 * period. GDPR Art. 18(2): restricted data may still be stored; whether it
 * must be depends on why it was restricted.
 *
 * - art18_1_a (accuracy contested): keeps nothing. The restriction only
 *   suspends use while accuracy is checked; deleting at the end of the period
 *   removes the contested data altogether, which Art. 5(1)(e) requires anyway.
 * - art18_1_b (unlawful, the subject chose restriction over erasure): keeps.
 *   The subject asked for the data to stay; the restriction has to be lifted
 *   (Art. 18(3): after telling the subject) before the job may delete.
 * - art18_1_c (the subject needs the data for legal claims): keeps.
 * - art18_1_d (objection pending, Art. 21(1)) and objection_21_1 (objection
 *   upheld, processing stopped): keep nothing. The subject objected to the
 *   processing; deleting when the period ends serves them.
 * - legal_hold_17_3_b (erasure refused for a legal obligation, Art. 17(3)(b)):
 *   on an invoice the obligation is the Accounting Act voucher period
 *   (Kirjanpitolaki 1336/1997 2:10) — exactly the period the invoice rule
 *   already enforces, and the hold's own reason names that end date — so it
 *   adds nothing once the rule allows deletion; keeping it longer would break
 *   the notice's promise and Art. 5(1)(e). On any other record the job cannot
 *   know when the obligation ends, so the record is kept until staff lift it.
 * - any ground this code does not know: keeps (never delete on a guess).
 */
export function doesRestrictionRequireKeeping(
  ground: string,
  recordType: RestrictableType,
): boolean {
  switch (ground) {
    case 'art18_1_a':
    case 'art18_1_d':
    case 'objection_21_1':
      return false;
    case 'art18_1_b':
    case 'art18_1_c':
      return true;
    case 'legal_hold_17_3_b':
      return recordType !== 'invoice';
    default:
      return true;
  }
}

export interface RestrictionState {
  hasActiveRestriction: boolean;
  restrictionRequiresKeeping: boolean;
  /** Ids of the active restrictions, ended when the record itself is deleted. */
  restrictionIds: string[];
}

const NONE: RestrictionState = {
  hasActiveRestriction: false,
  restrictionRequiresKeeping: false,
  restrictionIds: [],
};

/** Active (not lifted) restrictions of the given records, by `recordType:recordId`. */
export async function loadRestrictionStates(
  db: Db | Tx,
  targets: Partial<Record<RestrictableType, readonly string[]>>,
): Promise<(recordType: RestrictableType, recordId: string) => RestrictionState> {
  const or = Object.entries(targets)
    .filter(([, ids]) => ids && ids.length > 0)
    .map(([recordType, ids]) => ({
      recordType: recordType as RestrictableType,
      recordId: { in: [...(ids ?? [])] },
    }));
  const rows =
    or.length === 0
      ? []
      : await db.restriction.findMany({
          where: { liftedAt: null, OR: or },
          select: { id: true, recordType: true, recordId: true, ground: true },
        });
  const states = new Map<string, RestrictionState>();
  for (const row of rows) {
    const key = `${row.recordType}:${row.recordId}`;
    const state = states.get(key) ?? {
      hasActiveRestriction: true,
      restrictionRequiresKeeping: false,
      restrictionIds: [],
    };
    state.restrictionIds.push(row.id);
    if (doesRestrictionRequireKeeping(row.ground, row.recordType))
      state.restrictionRequiresKeeping = true;
    states.set(key, state);
  }
  return (recordType, recordId) => states.get(`${recordType}:${recordId}`) ?? NONE;
}

/** Several records' restrictions as one: kept if any of them must be kept. */
export function combineRestrictionStates(states: readonly RestrictionState[]): RestrictionState {
  return {
    hasActiveRestriction: states.some((s) => s.hasActiveRestriction),
    restrictionRequiresKeeping: states.some((s) => s.restrictionRequiresKeeping),
    restrictionIds: states.flatMap((s) => s.restrictionIds),
  };
}
