import type { LocalMail } from '@oikeus/contracts';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/dates';

/**
 * One kept message: the plain-text body (where the code and link are easy to
 * copy) and the HTML version in a sandboxed frame with no scripts.
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
      <details className="mail-html">
        <summary>{t('mailbox.htmlVersion')}</summary>
        <iframe
          title={t('mailbox.htmlVersionOf', { subject: mail.subject })}
          sandbox=""
          srcDoc={mail.html}
          className="mail-frame"
        />
      </details>
    </article>
  );
}
