import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import { useReport } from '../../features/reporting/api/get-report';
import { YearlySummaryView } from '../../features/reporting/components/report-view';
import '../../features/reporting/components/reporting.css';
import { formatDateTime } from '../../lib/format-date';
import { useLocale } from '../../lib/use-locale';
import { paths } from '../../paths';

/**
 * /console/reports/summary?year=2031: one calendar year's figures as tables,
 * laid out for paper (print CSS), for the register review and the
 * supervisory authority (GDPR Art. 5(2), 24).
 */
export default function YearlySummaryPage() {
  const { t } = useTranslation('reporting');
  const locale = useLocale();
  const [searchParams] = useSearchParams();
  const asked = Number(searchParams.get('year'));
  const year =
    Number.isInteger(asked) && asked >= 1900 && asked <= 9999 ? asked : new Date().getFullYear();
  const report = useReport({ period: 'year', year });
  return (
    <div className="report-print">
      <Page title={t('summary.title', { year })} lead={t('summary.lead', { year })} wide>
        <div className="button-row report-no-print">
          <button type="button" className="button button--primary" onClick={() => window.print()}>
            {t('summary.print')}
          </button>
          <Link
            className="button button--secondary"
            to={`${paths.console.reports}?period=year&year=${year}`}
          >
            {t('summary.back')}
          </Link>
        </div>
        <QueryView query={report}>
          {(data) => (
            <>
              <YearlySummaryView report={data} />
              <p className="hint">
                {t('summary.generated', { at: formatDateTime(data.generatedAt, locale) })}
              </p>
            </>
          )}
        </QueryView>
      </Page>
    </div>
  );
}
