import { PORTAL_RECORD_TYPES, type LocalDate } from '@oikeus/domain';
import type { AnyRetentionRecordType, RetentionItem, RetentionItemReason } from './retention-item';
import type { PortalTally, RetentionTotals } from './retention-tally';

// Operator output of `dsr retention run` (the CLI speaks English like the rest of `dsr`).
const REASON_TEXT: Record<RetentionItemReason, string> = {
  retention_period_expired: 'retention period over',
  vouchers_still_kept: 'period over, accounting vouchers still kept',
  anonymised_without_vouchers: 'anonymised row, no vouchers left',
  request_closed: 'request closed',
};

const KEPT_TEXT: Record<string, string> = {
  retention_period_running: 'period running',
  customer_relationship_ongoing: 'relationship ongoing',
  restriction_requires_keeping: 'restriction requires keeping',
  awaiting_vouchers: 'anonymised, vouchers still kept',
  awaiting_review: 'no period in the notice, left to the two-yearly review',
  request_open: 'request open',
  account_has_requests: 'has requests',
  append_only_audit_trail: 'past its period, append-only: never deleted by this job',
};

const TYPE_TEXT: Record<AnyRetentionRecordType, string> = {
  customer: 'customer',
  invoice: 'invoice',
  marketing_contact: 'marketing contact',
  portal_request: 'portal request',
  request_attachment: 'request file',
  portal_account: 'portal account',
  login_challenge: 'sign-in code',
  sent_mail: 'sent mail',
  audit_entry: 'audit entry',
};

const RECORD_TYPES = ['invoice', 'customer', 'marketing_contact'] as const;

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
    `${report.isDryRun ? 'Would delete' : 'Deleted'}: ${countLine(report.totals.deleted, report.totals.portal)}`,
  );
  lines.push(
    `${report.isDryRun ? 'Would anonymise' : 'Anonymised'}: ${countLine(report.totals.anonymised)}`,
  );
  lines.push(`Kept: ${keptLine(report.totals.kept)}`);
  lines.push('', ...portalLines(report.isDryRun, report.totals.portal));
  return lines.join('\n');
}

/**
 * Every kind of the portal's own records, also when nothing is due: what
 * went (or would) with its dates, what stays, why, and when the next one is due.
 */
function portalLines(isDryRun: boolean, portal: RetentionTotals['portal']): string[] {
  const range = (first: LocalDate | null, last: LocalDate | null) =>
    first === null ? '-' : last === null || last === first ? first : `${first}..${last}`;
  const keptBecause = (tally: PortalTally) => {
    const reasons = Object.entries(tally.kept).filter(([, n]) => n > 0);
    return reasons.length === 0
      ? '-'
      : reasons.map(([reason, n]) => `${KEPT_TEXT[reason] ?? reason} ${n}`).join(', ');
  };
  const keptCount = (tally: PortalTally) => Object.values(tally.kept).reduce((n, k) => n + k, 0);
  return [
    'Portal records (the notice: handling data-subject requests):',
    ...table(
      [
        'CATEGORY',
        isDryRun ? 'WOULD DELETE' : 'DELETED',
        'DELETABLE SINCE',
        'KEPT',
        'NEXT DUE',
        'KEPT BECAUSE',
      ],
      PORTAL_RECORD_TYPES.map((type) => {
        const tally = portal[type];
        return [
          TYPE_TEXT[type],
          String(tally.deleted),
          range(tally.firstDeletableSince, tally.lastDeletableSince),
          String(keptCount(tally)),
          tally.nextDeletableOn ?? '-',
          keptBecause(tally),
        ];
      }),
    ),
  ];
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

/** Register records, then the portal's own (deletions only: nothing of the portal is anonymised). */
function countLine(counts: RetentionTotals['deleted'], portal?: RetentionTotals['portal']): string {
  const all: Array<[AnyRetentionRecordType, number]> = [
    ...RECORD_TYPES.map((type): [AnyRetentionRecordType, number] => [type, counts[type]]),
    ...PORTAL_RECORD_TYPES.map((type): [AnyRetentionRecordType, number] => [
      type,
      portal?.[type].deleted ?? 0,
    ]),
  ];
  const total = all.reduce((n, [, count]) => n + count, 0);
  const parts = all.filter(([, n]) => n > 0).map(([type, n]) => `${TYPE_TEXT[type]} ${n}`);
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
