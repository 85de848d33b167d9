import type {
  Locale,
  SyncCounts,
  SyncRecordOf,
  SyncRecordResult,
  SyncRecordType,
} from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { deleteRegisterRecords } from './delete-register-records';
import { addCounts, emptyCounts } from './sync-values';
import type { UpsertContext } from './upsert-context';
import { upsertCustomers } from './upsert-customers';
import { upsertInvoices } from './upsert-invoices';
import { upsertMarketingContacts } from './upsert-marketing-contacts';
import { upsertPermissionEvents } from './upsert-permission-events';
import { upsertServiceOrderChanges } from './upsert-service-order-changes';
import { upsertServiceOrders } from './upsert-service-orders';

type Upserters = {
  [K in SyncRecordType]: (
    u: UpsertContext,
    records: Array<SyncRecordOf[K]>,
    staffId: string | null,
  ) => Promise<SyncRecordResult[]>;
};

const upserters: Upserters = {
  customers: upsertCustomers,
  'service-orders': upsertServiceOrders,
  'service-order-changes': upsertServiceOrderChanges,
  invoices: upsertInvoices,
  'marketing-contacts': upsertMarketingContacts,
  'permission-events': upsertPermissionEvents,
};

/** Thrown inside a dry run's transaction so nothing of it commits. */
class DryRunRollback extends Error {
  constructor(readonly results: SyncRecordResult[]) {
    super('dry run');
  }
}

export interface ApplyRecordsInput<T extends SyncRecordType> {
  recordType: T;
  upsert: Array<SyncRecordOf[T]>;
  delete?: string[];
  dryRun?: boolean;
  locale: Locale;
  /** The staff user behind a console edit (stored on permission events they record). */
  staffId?: string | null;
  /** Records per transaction: a long import must not hold the database's write lock for a minute. */
  chunkSize?: number;
  onProgress?: (done: number) => void;
}

/**
 * Writes validated records through the per-type upserts, in chunks of one
 * transaction each. A dry run goes through every check the same way and
 * rolls each chunk back.
 */
export async function applyRegisterRecords<T extends SyncRecordType>(
  ctx: AppContext,
  input: ApplyRecordsInput<T>,
): Promise<{ results: SyncRecordResult[]; counts: SyncCounts }> {
  const chunkSize = input.chunkSize ?? 1000;
  const upsert = upserters[input.recordType] as Upserters[T];
  const results: SyncRecordResult[] = [];
  const run = async (work: (u: UpsertContext) => Promise<SyncRecordResult[]>) => {
    try {
      const chunk = await inTransaction(ctx.db, async (tx) => {
        const out = await work({ ctx, tx, now: ctx.clock.now(), locale: input.locale });
        if (input.dryRun) throw new DryRunRollback(out);
        return out;
      });
      results.push(...chunk);
    } catch (error) {
      if (error instanceof DryRunRollback) results.push(...error.results);
      else throw error;
    }
  };
  for (let start = 0; start < input.upsert.length; start += chunkSize) {
    const records = input.upsert.slice(start, start + chunkSize);
    await run((u) => upsert(u, records, input.staffId ?? null));
    input.onProgress?.(Math.min(start + chunkSize, input.upsert.length));
  }
  const deletes = input.delete ?? [];
  for (let start = 0; start < deletes.length; start += chunkSize) {
    const ids = deletes.slice(start, start + chunkSize);
    await run((u) => deleteRegisterRecords(u, input.recordType, ids));
  }
  return { results, counts: addCounts(emptyCounts(), results) };
}
