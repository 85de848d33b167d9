import type { QueueItem } from '@oikeus/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LocalDate } from '../../../components/dates';
import { StatusTag } from '../../../components/status-tag';
import { formatInstantDate } from '../../../lib/format-date';
import { useLocale } from '../../../lib/use-locale';
import { paths } from '../../../paths';
import { DeadlineMarks } from '../../../components/deadline-marks';
import { TableScroll } from '../../../components/table-scroll';

/** The queue, in the order the API gives: nearest legal deadline first. */
export function QueueTable({ items }: { items: QueueItem[] }) {
  const { t } = useTranslation('console');
  const { t: tc } = useTranslation();
  const locale = useLocale();
  return (
    <TableScroll>
      <table className="table table--stack table--queue">
        <caption className="visually-hidden">{t('queue.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('queue.deadline')}</th>
            <th scope="col">{t('queue.reference')}</th>
            <th scope="col">{t('queue.type')}</th>
            <th scope="col">{t('queue.status')}</th>
            <th scope="col">{t('queue.subject')}</th>
            <th scope="col">{t('queue.received')}</th>
            <th scope="col">{t('queue.assignee')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr
              key={item.id}
              className={
                item.isOverdue ? 'row--overdue' : item.isAtRisk ? 'row--at-risk' : undefined
              }
            >
              <td data-label={t('queue.deadline')}>
                <LocalDate value={item.dueDate} />
                <br />
                <DeadlineMarks
                  daysLeft={item.daysLeft}
                  isOverdue={item.isOverdue}
                  isAtRisk={item.isAtRisk}
                  isSuspended={item.isSuspended}
                  isExtended={item.isExtended}
                />
              </td>
              <th scope="row" data-label={t('queue.reference')}>
                <Link to={paths.console.request.to(item.id)} className="mono">
                  {item.reference}
                </Link>
              </th>
              <td data-label={t('queue.type')}>
                {tc(`requestType.${item.type}`)}
                <br />
                <span className="hint">
                  {item.registers.map((r) => tc(`register.${r}`)).join(', ')}
                </span>
              </td>
              <td data-label={t('queue.status')}>
                <StatusTag status={item.status} />
              </td>
              <td data-label={t('queue.subject')}>
                {item.accountName}
                <br />
                <span className="hint">{item.accountEmail}</span>
              </td>
              <td data-label={t('queue.received')}>
                {formatInstantDate(item.receivedAt, locale)}
                {/* Logged by a handler from a letter, email or call (issue #18). */}
                {item.channel !== 'portal' && (
                  <>
                    <br />
                    <span className="hint">{tc(`requestChannel.${item.channel}`)}</span>
                  </>
                )}
              </td>
              <td data-label={t('queue.assignee')}>
                {item.assignee ? (
                  item.assignee.name
                ) : (
                  <span className="hint">{t('queue.unassigned')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
