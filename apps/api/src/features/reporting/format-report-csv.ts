import type { Report } from '@oikeus/contracts';
import { stringify } from 'csv-stringify/sync';

type Row = [figure: string, month: string, key: string, value: number | string | null];

/**
 * The report as one long CSV table — figure, month, key, value — which a
 * spreadsheet can pivot in any direction; the same figures as the JSON. An
 * empty month is a figure of the whole period; a value is empty when there
 * is nothing to take a median of.
 */
export function formatReportCsv(report: Report): string {
  const rows: Row[] = [
    ['period_from', '', '', report.period.from],
    ['period_to', '', '', report.period.to],
    ['time_zone', '', '', report.timeZone],
  ];
  for (const month of report.received.byMonth) {
    for (const [type, n] of Object.entries(month.byType))
      rows.push(['received', month.month, type, n]);
  }
  for (const [type, n] of Object.entries(report.received.byType))
    rows.push(['received', '', type, n]);
  rows.push(['received', '', 'total', report.received.total]);
  for (const point of report.backlog)
    rows.push(['open_at_end', point.month, point.date, point.open]);
  for (const month of report.timeliness.byMonth) {
    rows.push(['answered_on_time', month.month, '', month.onTime]);
    rows.push(['answered_late', month.month, '', month.late]);
  }
  rows.push(['answered_on_time', '', '', report.timeliness.onTime]);
  rows.push(['answered_late', '', '', report.timeliness.late]);
  rows.push(['on_time_rate', '', '', report.timeliness.onTimeRate]);
  for (const figure of [
    { type: 'all', ...report.workingDays.overall },
    ...report.workingDays.byType,
  ]) {
    rows.push(['working_days_median', '', figure.type, figure.median]);
    rows.push(['working_days_p90', '', figure.type, figure.p90]);
  }
  rows.push(['extensions', '', '', report.extensions]);
  rows.push(['identity_pauses', '', '', report.identityPauses.count]);
  rows.push(['identity_pauses_open', '', '', report.identityPauses.open]);
  rows.push(['identity_pause_median_days', '', '', report.identityPauses.medianDays]);
  for (const [ground, n] of Object.entries(report.refusals.byGround))
    rows.push(['refusals', '', ground, n]);
  rows.push(['refusals', '', 'total', report.refusals.total]);
  rows.push(['withdrawals', '', '', report.withdrawals]);
  for (const register of report.registerActions) {
    rows.push(['records_rectified', '', register.register, register.rectified]);
    rows.push(['records_erased', '', register.register, register.erased]);
    rows.push(['records_restricted', '', register.register, register.restricted]);
    rows.push(['marketing_prohibitions', '', register.register, register.marketingProhibited]);
  }
  rows.push(['export_packages_released', '', '', report.exports.released]);
  rows.push(['export_packages_downloaded', '', '', report.exports.downloaded]);
  return stringify(rows, {
    header: true,
    columns: ['figure', 'month', 'key', 'value'],
    record_delimiter: 'windows',
  });
}
