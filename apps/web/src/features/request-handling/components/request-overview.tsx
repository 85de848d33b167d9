import type { ConsoleRequestDetail } from '@oikeus/contracts';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/dates';
import { Notice } from '../../../components/notice';
import { StatusTag } from '../../../components/status-tag';
import { useAssignRequest } from '../api/assign-request';
import { useStartRequest } from '../api/start-request';

const languageNames = { fi: 'suomi / Finnish', sv: 'svenska / Swedish', en: 'English' } as const;

/** Who asked for what, when, and who works on it; assignment and starting work. */
export function RequestOverview({
  request,
  staffId,
  canWrite,
}: {
  request: ConsoleRequestDetail;
  staffId: string;
  canWrite: boolean;
}) {
  const { t } = useTranslation('console');
  const { t: tc } = useTranslation();
  const assign = useAssignRequest(request.id);
  const start = useStartRequest(request.id);
  const isMine = request.assignee?.id === staffId;
  const error = assign.error ?? start.error;
  const isBusy = assign.isPending || start.isPending;
  const isOpen = request.closedAt === null;

  return (
    <section aria-labelledby="overview-heading" className="panel">
      <h2 id="overview-heading">{t('detail.overview')}</h2>
      {error ? <Notice tone="error">{error.message}</Notice> : null}
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{t('detail.status')}</dt>
          <dd>
            <StatusTag status={request.status} />
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('detail.subject')}</dt>
          <dd>
            {request.identity.accountName}
            <br />
            <span className="mono">{request.identity.accountEmail}</span>
            {request.identity.accountPhone ? (
              <>
                <br />
                <span className="mono">{request.identity.accountPhone}</span>
              </>
            ) : null}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('detail.type')}</dt>
          <dd>{tc(`requestType.${request.type}`)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('detail.registers')}</dt>
          <dd>{request.registers.map((id) => tc(`register.${id}`)).join(', ')}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('detail.language')}</dt>
          <dd lang={request.locale}>{languageNames[request.locale]}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('detail.receivedAt')}</dt>
          <dd>
            <DateTime value={request.receivedAt} />
          </dd>
        </div>
        {request.closedAt ? (
          <div className="summary-list__row">
            <dt>{t('detail.closedAt')}</dt>
            <dd>
              <DateTime value={request.closedAt} />
            </dd>
          </div>
        ) : null}
        <div className="summary-list__row">
          <dt>{t('detail.assignee')}</dt>
          <dd>
            {request.assignee ? (
              request.assignee.name
            ) : (
              <span className="hint">{t('queue.unassigned')}</span>
            )}
            {canWrite && isOpen ? (
              <div className="button-row button-row--tight">
                {isMine ? (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-disabled={isBusy || undefined}
                    onClick={() =>
                      !isBusy && assign.mutate({ version: request.version, assigneeId: null })
                    }
                  >
                    {t('detail.unassign')}
                  </button>
                ) : (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-disabled={isBusy || undefined}
                    onClick={() =>
                      !isBusy && assign.mutate({ version: request.version, assigneeId: 'me' })
                    }
                  >
                    {t('detail.assignToMe')}
                  </button>
                )}
              </div>
            ) : null}
          </dd>
        </div>
      </dl>
      {canWrite && request.allowedActions.includes('start') ? (
        <div className="button-row">
          <button
            type="button"
            className="button button--primary"
            aria-disabled={isBusy || undefined}
            onClick={() => !isBusy && start.mutate({ version: request.version })}
          >
            {t('detail.start')}
          </button>
          <p className="hint">{t('detail.startHint')}</p>
        </div>
      ) : null}
    </section>
  );
}
