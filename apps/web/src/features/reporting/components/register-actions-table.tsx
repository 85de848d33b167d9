import type { Report } from '@oikeus/contracts';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../../components/table-scroll';
import { useReportFormat } from './use-report-format';

const figures = ['rectified', 'erased', 'restricted', 'marketingProhibited'] as const;

/** Records changed per register, and the data packages released and downloaded. */
export function RegisterActionsTable({ report }: { report: Report }) {
  const { t } = useTranslation('reporting');
  const { t: tc } = useTranslation();
  const format = useReportFormat();
  return (
    <section className="report-section" aria-labelledby="register-actions-title">
      <h2 id="register-actions-title">{t('actions.title')}</h2>
      <p className="hint">{t('actions.lead')}</p>
      <TableScroll label={t('actions.caption')}>
        <table className="table table--compact table--figures" id="register-actions-table">
          <caption>{t('actions.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('actions.register')}</th>
              {figures.map((figure) => (
                <th scope="col" key={figure}>
                  {t(`actions.figures.${figure}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.registerActions.map((row) => (
              <tr key={row.register}>
                <th scope="row">{tc(`register.${row.register}`)}</th>
                {figures.map((figure) => (
                  <td key={figure}>{format.count(row[figure])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <h3>{t('exports.title')}</h3>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{t('exports.released')}</dt>
          <dd>{format.count(report.exports.released)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('exports.downloaded')}</dt>
          <dd>{format.count(report.exports.downloaded)}</dd>
        </div>
      </dl>
    </section>
  );
}
