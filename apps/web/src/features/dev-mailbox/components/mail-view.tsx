import type { LocalMail } from '@oikeus/contracts';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/dates';

/**
 * One kept message as plain text, where the code and link are easy to copy.
 * The HTML version is not shown: under the page's CSP (style-src 'self') its
 * inline styles would not apply, so it would misrepresent the real email.
 */
export function MailView({ mail }: { mail: LocalMail }) {
  const { t } = useTranslation('portal');
  return (
    <article className="panel" aria-labelledby="mail-subject">
      <h2 id="mail-subject">{mail.subject}</h2>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{t('mailbox.to')}</dt>
          <dd className="mono">{mail.to}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('mailbox.sentAt')}</dt>
          <dd>
            <DateTime value={mail.createdAt} />
          </dd>
        </div>
      </dl>
      <pre className="mail-text">{mail.text}</pre>
    </article>
  );
}
