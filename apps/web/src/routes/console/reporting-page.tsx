import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import { useReport } from '../../features/reporting/api/get-report';
import { ReportFilterForm } from '../../features/reporting/components/report-filter-form';
import {
  paramsFromQuery,
  queryFromParams,
} from '../../features/reporting/components/report-filter-values';
import { ReportView } from '../../features/reporting/components/report-view';
import '../../features/reporting/components/reporting.css';
import { useStaffSession } from '../../features/staff-auth/api/get-staff-session';

/**
 * /console/reports: how requests were handled in a period, as charts with
 * their tables, and the request log as files (GDPR Art. 5(2), 24). Loaded
 * on demand with its charting library, so the rest of the console stays light.
 */
export default function ReportingPage() {
  const { t } = useTranslation('reporting');
  const [searchParams, setSearchParams] = useSearchParams();
  const query = queryFromParams(searchParams);
  const report = useReport(query);
  const role = useStaffSession().data?.staff.role;
  return (
    <Page title={t('title')} lead={t('lead')} wide>
      {role === 'handler' ? <p className="hint">{t('ownOnly')}</p> : null}
      <ReportFilterForm
        key={searchParams.toString()}
        query={query}
        currentYear={new Date().getFullYear()}
        handlerOptions={report.data?.handlerOptions ?? []}
        canChooseHandler={role !== undefined && role !== 'handler'}
        onApply={(next) => setSearchParams(paramsFromQuery(next))}
      />
      <QueryView query={report}>
        {(data) => (
          <>
            <p role="status" aria-live="polite" className="visually-hidden">
              {report.isFetching ? t('updating') : ''}
            </p>
            <ReportView report={data} query={query} />
          </>
        )}
      </QueryView>
    </Page>
  );
}
