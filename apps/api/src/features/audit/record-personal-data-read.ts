import type { AuditAction } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { appendAuditEntry } from './append-audit-entry';

export interface ReadRecordRef {
  recordType: string;
  recordId: string;
}

/** More ids than this in one entry are counted, not listed (a whole marketing list). */
const MAX_LISTED = 5_000;

/**
 * A staff member looked at personal data: one audit entry per call, listing
 * every record shown (ids only, never the values), so a search or a marketing
 * list costs one append however many people it shows. The person's access
 * copy can then say when their data was consulted and for what purpose
 * (GDPR Art. 15(1), CJEU C-579/21 Pankki S; Art. 5(2), 32 accountability).
 */
export async function recordPersonalDataRead(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  input: {
    staffId: string;
    action: Extract<
      AuditAction,
      'request.viewed' | 'register.searched' | 'marketing.audience_viewed'
    >;
    requestId?: string | null;
    records: readonly ReadRecordRef[];
    /** What was asked (field names, a channel) — never the searched values themselves. */
    details?: Record<string, unknown>;
  },
): Promise<void> {
  const listed = input.records.slice(0, MAX_LISTED);
  const single = input.records.length === 1 ? input.records[0] : undefined;
  await inTransaction(ctx.db, async (tx) => {
    const { seq } = await appendAuditEntry(tx, ctx.db, {
      at: ctx.clock.now(),
      actorType: 'staff',
      actorId: input.staffId,
      action: input.action,
      requestId: input.requestId ?? null,
      recordType: single?.recordType ?? null,
      recordId: single?.recordId ?? null,
      details: {
        ...input.details,
        recordCount: input.records.length,
        records: listed.map((r) => `${r.recordType}:${r.recordId}`),
        ...(input.records.length > listed.length ? { isTruncated: true } : {}),
      },
    });
    // The index the access copy searches by record id (read-accountability-records.ts).
    if (listed.length > 0) {
      await tx.auditRecordRef.createMany({
        data: unique(listed).map((r) => ({ auditSeq: seq, ...r })),
      });
    }
  });
}

function unique(records: readonly ReadRecordRef[]): ReadRecordRef[] {
  const seen = new Map<string, ReadRecordRef>();
  for (const r of records) seen.set(`${r.recordType}:${r.recordId}`, r);
  return [...seen.values()];
}
