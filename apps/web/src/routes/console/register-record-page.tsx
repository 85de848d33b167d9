import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import { useRecordHistory } from '../../features/register-sync/api/get-record-history';
import { CurrentPermissions } from '../../features/register-sync/components/current-permissions';
import { RecordDetails } from '../../features/register-sync/components/record-details';
import { RecordHistoryView } from '../../features/register-sync/components/record-history';
import { readRecordSavedState } from '../../features/register-sync/components/record-saved-state';
import { readRecordView, recordName } from '../../features/register-sync/components/record-view';
import { useStaffSession } from '../../features/staff-auth/api/get-staff-session';
import { paths, recordTypeOfSegment } from '../../paths';
import NotFoundPage from '../portal/not-found-page';

/** A customer or marketing contact with its history; reached from holdings, requests and register search. */
export function RegisterRecordPage() {
  const params = useParams();
  const recordType = recordTypeOfSegment(params.recordType);
  if (!recordType) return <NotFoundPage />;
  return <RecordPage recordType={recordType} recordId={params.recordId ?? ''} />;
}

function RecordPage({
  recordType,
  recordId,
}: {
  recordType: 'customer' | 'marketing_contact';
  recordId: string;
}) {
  const { t } = useTranslation('registers');
  const history = useRecordHistory(recordType, recordId);
  const saved = readRecordSavedState(useLocation().state);
  const role = useStaffSession().data?.staff.role;
  const canWrite = role === 'handler' || role === 'admin';
  const view = history.data ? readRecordView(history.data.record) : null;
  const title = view
    ? t(`record.title.${recordType}`, { name: recordName(view) })
    : t('record.loadingTitle');
  const isRestricted = history.data?.restrictions.some((r) => r.liftedAt === null) ?? false;

  return (
    <Page title={title} wide>
      <p>
        <Link to={paths.console.holdings}>{t('record.backToHoldings')}</Link>
      </p>
      {saved ? (
        <Notice tone="success">
          <p>{t(`record.saved.${saved.saved}`)}</p>
          {saved.isRestricted ? <p>{t('record.savedRestricted')}</p> : null}
        </Notice>
      ) : null}
      <QueryView query={history}>
        {(data) => {
          const record = readRecordView(data.record);
          return (
            <>
              {isRestricted ? (
                <Notice tone="warning" title={t('record.restrictedTitle')} isLive={false}>
                  <p>{t('record.restrictedBody')}</p>
                </Notice>
              ) : null}
              <section aria-labelledby="record-actions-heading" className="panel">
                <h2 id="record-actions-heading">{t('record.actionsTitle')}</h2>
                {canWrite ? (
                  <div className="button-row">
                    <Link
                      to={paths.console.editRecord.to(recordType, recordId)}
                      className="button button--secondary"
                    >
                      {t('record.edit')}
                    </Link>
                    {recordType === 'marketing_contact' ? (
                      <Link
                        to={paths.console.recordPermission.to(recordId)}
                        className="button button--secondary"
                      >
                        {t('record.recordPermission')}
                      </Link>
                    ) : null}
                  </div>
                ) : (
                  <p>{t('record.readOnly')}</p>
                )}
              </section>
              <RecordDetails recordType={recordType} view={record} />
              {recordType === 'marketing_contact' ? (
                <CurrentPermissions permissions={record.permissions} />
              ) : null}
              <RecordHistoryView history={data} />
            </>
          );
        }}
      </QueryView>
    </Page>
  );
}
