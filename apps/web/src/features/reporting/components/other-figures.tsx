import { refusalGrounds, type Report } from '@oikeus/contracts';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../../components/table-scroll';
import { useReportFormat } from './use-report-format';

/** Extensions, identity pauses, refusals (with their grounds) and withdrawals. */
export function OtherFigures({ report }: { report: Report }) {
  const { t } = useTranslation('reporting');
  const { t: tConsole } = useTranslation('console');
  const format = useReportFormat();
  const pauseMedian = report.identityPauses.medianDays;
  const rows: Array<[string, string]> = [
    [t('other.extensions'), format.count(report.extensions)],
    [t('other.pauses'), format.count(report.identityPauses.count)],
    [t('other.pausesOpen'), format.count(report.identityPauses.open)],
    [
      t('other.pauseMedian'),
      pauseMedian === null
        ? '–'
        : t('calendarDays', { count: pauseMedian, value: format.decimal(pauseMedian) }),
    ],
    [t('other.refusals'), format.count(report.refusals.total)],
    [t('other.withdrawals'), format.count(report.withdrawals)],
  ];
  return (
    <section className="report-section" aria-labelledby="other-figures-title">
      <h2 id="other-figures-title">{t('other.title')}</h2>
      <dl className="summary-list">
        {rows.map(([label, value]) => (
          <div key={label} className="summary-list__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <TableScroll label={t('other.groundsCaption')}>
        <table className="table table--compact table--figures" id="refusals-table">
          <caption>{t('other.groundsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('other.ground')}</th>
              <th scope="col">{t('other.count')}</th>
            </tr>
          </thead>
          <tbody>
            {refusalGrounds.map((ground) => (
              <tr key={ground}>
                <th scope="row">{tConsole(`refusalGrounds.${ground}.label`)}</th>
                <td>{format.count(report.refusals.byGround[ground])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
