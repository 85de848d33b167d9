import type { LocalMailSummary } from '@oikeus/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateTime } from '../../../components/dates';

/** Kept messages, newest first; each opens below the list. */
export function MailList({
  messages,
  selectedId,
  linkTo,
}: {
  messages: LocalMailSummary[];
  selectedId: string | null;
  linkTo: (id: string) => string;
}) {
  const { t } = useTranslation('portal');
  if (messages.length === 0) return <p>{t('mailbox.empty')}</p>;
  return (
    <table className="table table--stack">
      <caption className="visually-hidden">
        {t('mailbox.count', { count: messages.length })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('mailbox.subject')}</th>
          <th scope="col">{t('mailbox.to')}</th>
          <th scope="col">{t('mailbox.sentAt')}</th>
        </tr>
      </thead>
      <tbody>
        {messages.map((message) => (
          <tr key={message.id} className={message.id === selectedId ? 'is-selected' : undefined}>
            <th scope="row" data-label={t('mailbox.subject')}>
              <Link
                to={linkTo(message.id)}
                aria-current={message.id === selectedId ? 'true' : undefined}
              >
                {message.subject}
              </Link>
            </th>
            <td data-label={t('mailbox.to')} className="mono">
              {message.to}
            </td>
            <td data-label={t('mailbox.sentAt')}>
              <DateTime value={message.createdAt} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
