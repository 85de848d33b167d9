import type { SubjectRequestSummary } from '@oikeus/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LocalDate } from '../../../components/dates';
import { StatusTag } from '../../../components/status-tag';
import { formatInstantDate } from '../../../lib/format-date';
import { useLocale } from '../../../lib/use-locale';
import { paths } from '../../../paths';

export function RequestList({ requests }: { requests: SubjectRequestSummary[] }) {
  const { t } = useTranslation('requests');
  const { t: tc } = useTranslation();
  const locale = useLocale();
  if (requests.length === 0) return <p>{t('list.empty')}</p>;
  return (
    <table className="table table--stack">
      <caption className="visually-hidden">{t('list.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('list.reference')}</th>
          <th scope="col">{t('list.type')}</th>
          <th scope="col">{t('list.status')}</th>
          <th scope="col">{t('list.received')}</th>
          <th scope="col">{t('list.deadline')}</th>
        </tr>
      </thead>
      <tbody>
        {requests.map((request) => (
          <tr key={request.id}>
            <th scope="row" data-label={t('list.reference')}>
              <Link to={paths.request.to(request.id)}>{request.reference}</Link>
            </th>
            <td data-label={t('list.type')}>{tc(`requestType.${request.type}`)}</td>
            <td data-label={t('list.status')}>
              <StatusTag status={request.status} />
            </td>
            <td data-label={t('list.received')}>{formatInstantDate(request.receivedAt, locale)}</td>
            <td data-label={t('list.deadline')}>
              {request.closedAt ? (
                t('list.closedOn', { date: formatInstantDate(request.closedAt, locale) })
              ) : (
                <>
                  <LocalDate value={request.deadline.effectiveDueDate} />
                  {request.deadline.isSuspended ? (
                    <span className="tag tag--paused">{tc('deadline.paused')}</span>
                  ) : null}
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
