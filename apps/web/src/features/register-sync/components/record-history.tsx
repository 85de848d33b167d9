import {
  recordTypes,
  consoleRequestStatuses,
  requestTypes,
  restrictionGrounds,
  type RecordHistory,
  type RecordType,
  type ConsoleRequestStatus,
  type RequestType,
  type RestrictionGround,
} from '@oikeus/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateTime } from '../../../components/dates';
import { TableScroll } from '../../../components/table-scroll';
import { formatDateTime } from '../../../lib/format-date';
import { useLocale } from '../../../lib/use-locale';
import { paths } from '../../../paths';
import { describeChangeKind } from './change-kind';
import { SourceLabel } from './source-label';

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/**
 * What happened to the record: its changes (orders and order changes, or
 * permission events), the restrictions on it (GDPR Art. 18) and the requests
 * it was confirmed for.
 */
export function RecordHistoryView({ history }: { history: RecordHistory }) {
  return (
    <>
      <ChangesTable changes={history.changes} />
      <RestrictionsTable restrictions={history.restrictions} />
      <RequestsTable requests={history.requests} />
    </>
  );
}

function ChangesTable({ changes }: { changes: RecordHistory['changes'] }) {
  const { t } = useTranslation('registers');
  const { t: tc } = useTranslation('common');
  return (
    <section aria-labelledby="changes-heading" className="panel">
      <h2 id="changes-heading">{t('record.changesTitle')}</h2>
      {changes.length === 0 ? (
        <p>{t('record.noChanges')}</p>
      ) : (
        <TableScroll label={t('record.changesCaption')}>
          <table className="table table--stack">
            <caption className="visually-hidden">{t('record.changesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('record.at')}</th>
                <th scope="col">{t('record.change')}</th>
                <th scope="col">{t('record.description')}</th>
                <th scope="col">{t('record.source')}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((change, index) => {
                const kind = describeChangeKind(change.kind);
                return (
                  <tr key={`${change.at}-${index}`}>
                    <td data-label={t('record.at')}>
                      <DateTime value={change.at} />
                    </td>
                    <th scope="row" data-label={t('record.change')}>
                      {kind.type === 'permission'
                        ? t('record.permissionChange', {
                            channel: tc(`channel.${kind.channel}`),
                            decision: t(`record.decisions.${kind.decision}`),
                          })
                        : kind.type === 'ordered'
                          ? t('record.ordered')
                          : kind.text}
                    </th>
                    <td data-label={t('record.description')} className="pre-wrap">
                      {change.description || '—'}
                    </td>
                    <td data-label={t('record.source')}>
                      <SourceLabel source={change.source} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

function RestrictionsTable({ restrictions }: { restrictions: RecordHistory['restrictions'] }) {
  const { t } = useTranslation('registers');
  const { t: tconsole } = useTranslation('console');
  const locale = useLocale();
  return (
    <section aria-labelledby="restrictions-heading" className="panel">
      <h2 id="restrictions-heading">{t('record.restrictionsTitle')}</h2>
      {restrictions.length === 0 ? (
        <p>{t('record.noRestrictions')}</p>
      ) : (
        <TableScroll label={t('record.restrictionsCaption')}>
          <table className="table table--stack">
            <caption className="visually-hidden">{t('record.restrictionsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('record.ground')}</th>
                <th scope="col">{t('record.target')}</th>
                <th scope="col">{t('record.reason')}</th>
                <th scope="col">{t('record.restrictionTime')}</th>
              </tr>
            </thead>
            <tbody>
              {restrictions.map((restriction) => (
                <tr key={restriction.id}>
                  <th scope="row" data-label={t('record.ground')}>
                    {isOneOf<RestrictionGround>(restrictionGrounds, restriction.ground)
                      ? tconsole(`grounds.${restriction.ground}`)
                      : restriction.ground}
                  </th>
                  <td data-label={t('record.target')}>
                    {isOneOf<RecordType>(recordTypes, restriction.recordType)
                      ? tconsole(`records.kinds.${restriction.recordType}`)
                      : restriction.recordType}
                  </td>
                  <td data-label={t('record.reason')} className="pre-wrap">
                    {restriction.reason}
                  </td>
                  <td data-label={t('record.restrictionTime')}>
                    <DateTime value={restriction.setAt} />
                    {' – '}
                    {restriction.liftedAt ? (
                      t('record.lifted', { date: formatDateTime(restriction.liftedAt, locale) })
                    ) : (
                      <span className="tag tag--at-risk">{t('record.inForce')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

function RequestsTable({ requests }: { requests: RecordHistory['requests'] }) {
  const { t } = useTranslation('registers');
  const { t: tc } = useTranslation('common');
  return (
    <section aria-labelledby="requests-heading" className="panel">
      <h2 id="requests-heading">{t('record.requestsTitle')}</h2>
      {requests.length === 0 ? (
        <p>{t('record.noRequests')}</p>
      ) : (
        <TableScroll label={t('record.requestsCaption')}>
          <table className="table table--stack">
            <caption className="visually-hidden">{t('record.requestsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('record.reference')}</th>
                <th scope="col">{t('record.requestType')}</th>
                <th scope="col">{t('record.status')}</th>
                <th scope="col">{t('record.confirmedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {requests.map((request) => (
                <tr key={request.id}>
                  <th scope="row" data-label={t('record.reference')}>
                    <Link to={paths.console.request.to(request.id)} className="mono">
                      {request.reference}
                    </Link>
                  </th>
                  <td data-label={t('record.requestType')}>
                    {isOneOf<RequestType>(requestTypes, request.type)
                      ? tc(`requestType.${request.type}`)
                      : request.type}
                  </td>
                  <td data-label={t('record.status')}>
                    {isOneOf<ConsoleRequestStatus>(consoleRequestStatuses, request.status)
                      ? tc(`requestStatus.${request.status}`)
                      : request.status}
                  </td>
                  <td data-label={t('record.confirmedAt')}>
                    <DateTime value={request.confirmedAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
