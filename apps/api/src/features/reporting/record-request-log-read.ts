import type { ReportFilters, ReportPeriod } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { appendAuditEntry } from '../audit/append-audit-entry';

/**
 * A staff member downloaded the request log: one audit entry with what was
 * asked for and how many requests it held (Art. 5(2), 32 — who read which
 * records, and when). The rows themselves carry no one's name or contact
 * details, so the entry lists the query, not every reference.
 */
export async function recordRequestLogRead(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  input: {
    staffId: string;
    format: 'csv' | 'json';
    period: ReportPeriod;
    filters: ReportFilters;
    rowCount: number;
  },
): Promise<void> {
  await inTransaction(ctx.db, (tx) =>
    appendAuditEntry(tx, ctx.db, {
      at: ctx.clock.now(),
      actorType: 'staff',
      actorId: input.staffId,
      action: 'report.request_log_downloaded',
      details: {
        format: input.format,
        period: { kind: input.period.kind, from: input.period.from, to: input.period.to },
        filters: {
          type: input.filters.type,
          register: input.filters.register,
          channel: input.filters.channel,
          handlerId: input.filters.handler?.id ?? null,
        },
        rowCount: input.rowCount,
      },
    }),
  );
}
