import type { ReportFilterQuery } from '@oikeus/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../paths';
import { requestLogUrl } from '../api/request-log-url';

/** The request log of the shown period and filters as files, and the printable yearly summary. */
export function ReportDownloads({ query, year }: { query: ReportFilterQuery; year: number }) {
  const { t } = useTranslation('reporting');
  return (
    <section className="report-section report-no-print" aria-labelledby="downloads-title">
      <h2 id="downloads-title">{t('downloads.title')}</h2>
      <p className="hint">{t('downloads.lead')}</p>
      <div className="button-row">
        <a className="button button--secondary" href={requestLogUrl(query, 'csv')} download>
          {t('downloads.csv')}
        </a>
        <a className="button button--secondary" href={requestLogUrl(query, 'json')} download>
          {t('downloads.json')}
        </a>
        <Link className="button button--secondary" to={paths.console.yearlySummary.to(year)}>
          {t('downloads.summary', { year })}
        </Link>
      </div>
    </section>
  );
}
