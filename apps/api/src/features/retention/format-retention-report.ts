import type { RetentionRecordType } from '@oikeus/domain';
import type { RetentionItem, RetentionItemReason } from './retention-item';
import type { RetentionTotals } from './retention-tally';

// Operator output of `dsr retention run` (the CLI speaks English like the rest of `dsr`).
const REASON_TEXT: Record<RetentionItemReason, string> = {
  retention_period_expired: 'retention period over',
  vouchers_still_kept: 'period over, accounting vouchers still kept',
  anonymised_without_vouchers: 'anonymised row, no vouchers left',
};

const KEPT_TEXT: Record<string, string> = {
  retention_period_running: 'period running',
  customer_relationship_ongoing: 'relationship ongoing',
  restriction_requires_keeping: 'restriction requires keeping',
  awaiting_vouchers: 'anonymised, vouchers still kept',
  awaiting_review: 'no period in the notice, left to the two-yearly review',
};

const TYPE_TEXT: Record<RetentionRecordType, string> = {
  customer: 'customer',
  invoice: 'invoice',
  marketing_contact: 'marketing contact',
};

const RECORD_TYPES: RetentionRecordType[] = ['invoice', 'customer', 'marketing_contact'];

export interface RetentionReportInput {
  isDryRun: boolean;
  today: string;
  items: readonly RetentionItem[];
  totals: RetentionTotals;
}

/** A plain-text table of what the run deleted (or would delete) and why, then the totals. */
export function formatRetentionReport(report: RetentionReportInput): string {
  const verb = (action: RetentionItem['action']) =>
    report.isDryRun
      ? action === 'delete'
        ? 'would delete'
        : 'would anonymise'
      : action === 'delete'
        ? 'deleted'
        : 'anonymised';
  const lines = [
    report.isDryRun
      ? `Retention dry run on ${report.today}: nothing was changed.`
      : `Retention run on ${report.today}.`,
  ];
  if (report.items.length === 0) {
    lines.push(report.isDryRun ? 'Nothing is due for deletion.' : 'Nothing was due for deletion.');
  } else {
    lines.push(
      ...table(
        ['RECORD TYPE', 'ID', 'RULE', 'DELETABLE SINCE', 'ACTION', 'WHY'],
        report.items.map((item) => [
          TYPE_TEXT[item.recordType],
          item.recordId,
          item.ruleId,
          item.deletableSince,
          verb(item.action),
          REASON_TEXT[item.reason],
        ]),
      ),
    );
  }
  lines.push('');
  lines.push(
    `${report.isDryRun ? 'Would delete' : 'Deleted'}: ${countLine(report.totals.deleted)}`,
  );
  lines.push(
    `${report.isDryRun ? 'Would anonymise' : 'Anonymised'}: ${countLine(report.totals.anonymised)}`,
  );
  lines.push(`Kept: ${keptLine(report.totals.kept)}`);
  return lines.join('\n');
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const render = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [render(header), render(widths.map((w) => '-'.repeat(w))), ...rows.map(render)];
}

function countLine(counts: Record<RetentionRecordType, number>): string {
  const total = RECORD_TYPES.reduce((n, type) => n + counts[type], 0);
  const parts = RECORD_TYPES.filter((type) => counts[type] > 0).map(
    (type) => `${TYPE_TEXT[type]} ${counts[type]}`,
  );
  return parts.length === 0 ? '0' : `${total} (${parts.join(', ')})`;
}

function keptLine(kept: RetentionTotals['kept']): string {
  const parts = RECORD_TYPES.flatMap((type) => {
    const reasons = Object.entries(kept[type]).filter(([, n]) => n > 0);
    if (reasons.length === 0) return [];
    const total = reasons.reduce((n, [, count]) => n + count, 0);
    const detail = reasons.map(([reason, n]) => `${KEPT_TEXT[reason] ?? reason} ${n}`).join(', ');
    return [`${TYPE_TEXT[type]} ${total} (${detail})`];
  });
  return parts.length === 0 ? '0' : parts.join('; ');
}
