import type { AuditAction, SyncCounts, SyncRecordType } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { appendAuditEntry } from '../audit/append-audit-entry';

export interface SyncRunInput {
  kind: 'import' | 'sync' | 'console';
  recordType: SyncRecordType;
  source: string;
  sourceDetail?: string | null;
  apiKeyId?: string | null;
  staffId?: string | null;
  fileName?: string | null;
  isDryRun?: boolean;
  status: 'completed' | 'invalid';
  counts: SyncCounts | Record<string, number>;
  startedAt: Date;
  /** Ids of the records written, for the audit entry (not for an import of thousands). */
  recordIds?: { created: string[]; updated: string[]; deleted: string[] };
}

const actionOf: Record<SyncRunInput['kind'], AuditAction> = {
  import: 'register.imported',
  sync: 'register.synced',
  console: 'register.record_edited',
};

/**
 * Logs one import or sync run with its counts and appends its audit entry
 * (Art. 5(2) accountability: who loaded what into the registers, from where
 * and when). A dry run is logged but not audited: it changed nothing.
 */
export async function recordSyncRun(ctx: AppContext, input: SyncRunInput): Promise<string> {
  const finishedAt = ctx.clock.now();
  return inTransaction(ctx.db, async (tx) => {
    const run = await tx.registerSyncRun.create({
      data: {
        kind: input.kind,
        recordType: input.recordType,
        source: input.source,
        sourceDetail: input.sourceDetail ?? null,
        apiKeyId: input.apiKeyId ?? null,
        staffId: input.staffId ?? null,
        fileName: input.fileName ?? null,
        isDryRun: input.isDryRun ?? false,
        status: input.status,
        counts: JSON.stringify(input.counts),
        startedAt: input.startedAt,
        finishedAt,
      },
      select: { id: true },
    });
    if (!input.isDryRun) {
      await appendAuditEntry(tx, ctx.db, {
        at: finishedAt,
        actorType: input.staffId ? 'staff' : 'system',
        actorId: input.staffId ?? input.apiKeyId ?? null,
        action: actionOf[input.kind],
        recordType: input.recordType,
        details: {
          runId: run.id,
          status: input.status,
          source: input.source,
          sourceDetail: input.sourceDetail ?? null,
          fileName: input.fileName ?? null,
          apiKeyId: input.apiKeyId ?? null,
          counts: input.counts,
          ...(input.recordIds ? { records: input.recordIds } : {}),
        },
      });
    }
    return run.id;
  });
}
