import type { OutboxStatus } from '@oikeus/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateTime } from '../../../components/dates';
import { Notice } from '../../../components/notice';
import { TableScroll } from '../../../components/table-scroll';
import { paths } from '../../../paths';
import { useRetryFailedMail } from '../api/outbox';

/**
 * The mail outbox: counts of what waits and what is retried, and every message
 * given up on with a way to queue it again, so no email the law requires
 * (Art. 12(3)–(4)) disappears without someone seeing it.
 */
export function OutboxPanel({ status }: { status: OutboxStatus }) {
  const { t } = useTranslation('console');
  const retry = useRetryFailedMail();
  const [notice, setNotice] = useState('');
  return (
    <>
      <dl className="summary-list">
        {(
          [
            ['pending', status.pending],
            ['delayed', status.delayed],
            ['failed', status.failed],
          ] as const
        ).map(([key, count]) => (
          <div className="summary-list__row" key={key}>
            <dt>{t(`housekeeping.outbox.${key}`)}</dt>
            <dd>{count}</dd>
          </div>
        ))}
        <div className="summary-list__row">
          <dt>{t('housekeeping.outbox.oldest')}</dt>
          <dd>
            {status.oldestPendingSince ? <DateTime value={status.oldestPendingSince} /> : '—'}
          </dd>
        </div>
      </dl>
      <p className="visually-hidden" role="status" aria-live="polite">
        {notice}
      </p>
      {retry.isError ? <Notice tone="error">{t('housekeeping.outbox.retryFailed')}</Notice> : null}
      {status.failedMessages.length === 0 ? (
        <p>{t('housekeeping.outbox.noneFailed')}</p>
      ) : (
        <TableScroll>
          <table className="table table--compact">
            <caption>{t('housekeeping.outbox.failedCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('housekeeping.outbox.to')}</th>
                <th scope="col">{t('housekeeping.outbox.template')}</th>
                <th scope="col">{t('housekeeping.outbox.created')}</th>
                <th scope="col">{t('housekeeping.outbox.error')}</th>
                <th scope="col">{t('housekeeping.outbox.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {status.failedMessages.map((message) => (
                <tr key={message.id}>
                  <th scope="row" className="mono">
                    {message.toAddress}
                  </th>
                  <td className="mono">
                    {message.template}
                    {message.requestId ? (
                      <>
                        <br />
                        <Link to={paths.console.request.to(message.requestId)}>
                          {t('audit.openRequest')}
                        </Link>
                      </>
                    ) : null}
                  </td>
                  <td>
                    <DateTime value={message.createdAt} />
                  </td>
                  <td>
                    {message.lastError ?? '—'}
                    <br />
                    <span className="hint">
                      {t('housekeeping.outbox.attempts', { count: message.attempts })}
                    </span>
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-disabled={retry.isPending || undefined}
                      onClick={() =>
                        !retry.isPending &&
                        retry.mutate(message.id, {
                          onSuccess: () =>
                            setNotice(t('housekeeping.outbox.requeued', { to: message.toAddress })),
                        })
                      }
                    >
                      {t('housekeeping.outbox.retry')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
