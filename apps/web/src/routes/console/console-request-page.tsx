import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import { ExportPackagesPanel } from '../../features/exports/components/export-packages-panel';
import { useStaffSession } from '../../features/staff-auth/api/get-staff-session';
import { useConsoleRequest } from '../../features/request-handling/api/get-console-request';
import { Conversation } from '../../features/request-handling/components/conversation';
import { ConsoleTimeline } from '../../features/request-handling/components/console-timeline';
import { DeadlinePanel } from '../../features/request-handling/components/deadline-panel';
import { IdentityPanel } from '../../features/request-handling/components/identity-panel';
import { RecordsPanel } from '../../features/request-handling/components/records-panel';
import { RequestActions } from '../../features/request-handling/components/request-actions';
import { RequestAuditList } from '../../features/request-handling/components/request-audit-list';
import { RequestOverview } from '../../features/request-handling/components/request-overview';
import { SubjectDetails } from '../../features/request-handling/components/subject-details';
import { paths } from '../../paths';

export function ConsoleRequestPage() {
  const { t } = useTranslation('console');
  const { t: tc } = useTranslation();
  const requestId = useParams().requestId ?? '';
  const request = useConsoleRequest(requestId);
  const staff = useStaffSession().data?.staff;
  const canWrite = staff !== undefined && staff.role !== 'auditor';
  const title = request.data
    ? `${tc(`requestType.${request.data.type}`)} ${request.data.reference}`
    : t('detail.loadingTitle');

  return (
    <Page title={title} wide>
      <p>
        <Link to={paths.console.queue}>{t('detail.backToQueue')}</Link>
      </p>
      <QueryView query={request}>
        {(data) => (
          <>
            <nav aria-label={t('detail.onThisPage')} className="page-contents">
              <ul>
                <li>
                  <a href="#overview-heading">{t('detail.overview')}</a>
                </li>
                <li>
                  <a href="#deadline-heading">{t('deadline.title')}</a>
                </li>
                <li>
                  <a href="#identity-heading">{t('identity.title')}</a>
                </li>
                <li>
                  <a href="#records-heading">{t('records.title')}</a>
                </li>
                <li>
                  <a href="#actions-heading">{t('actions.title')}</a>
                </li>
                <li>
                  <a href="#conversation-heading">{t('conversation.title')}</a>
                </li>
                <li>
                  <a href="#timeline-heading">{t('timeline.title')}</a>
                </li>
              </ul>
            </nav>
            <div className="console-grid">
              <div className="console-grid__main">
                <RequestOverview request={data} staffId={staff?.id ?? ''} canWrite={canWrite} />
                <SubjectDetails details={data.details} />
                <RecordsPanel
                  request={data}
                  canWrite={canWrite}
                  recordHref={paths.console.record.to}
                />
                <RequestActions
                  request={data}
                  canWrite={canWrite}
                  packages={
                    data.type === 'access' || data.type === 'portability' ? (
                      <ExportPackagesPanel
                        requestId={data.id}
                        requestType={data.type}
                        canWrite={canWrite && data.status === 'in_progress'}
                        // As the API's release check (release-gaps.ts): only a warning here.
                        releaseGaps={[
                          ...(data.identity.identityVerifiedAt
                            ? []
                            : (['identity_check'] as const)),
                          ...(data.records.length > 0 ? [] : (['confirmed_records'] as const)),
                        ]}
                      />
                    ) : null
                  }
                />
                <Conversation request={data} canWrite={canWrite} />
              </div>
              <div className="console-grid__side">
                <DeadlinePanel deadline={data.deadline} />
                <IdentityPanel request={data} canWrite={canWrite} />
                <ConsoleTimeline events={data.timeline} />
                <RequestAuditList requestId={data.id} />
              </div>
            </div>
          </>
        )}
      </QueryView>
    </Page>
  );
}
