import type { SubjectMessage } from '@oikeus/contracts';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/dates';
import { formatFileSize } from '../../../lib/format-file-size';
import { useLocale } from '../../../lib/use-locale';
import { attachmentUrl } from '../api/download-attachment';

export function MessageList({
  requestId,
  messages,
}: {
  requestId: string;
  messages: SubjectMessage[];
}) {
  const { t } = useTranslation('requests');
  const locale = useLocale();
  if (messages.length === 0) return <p>{t('detail.noMessages')}</p>;
  const ordered = [...messages].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return (
    <ol className="messages">
      {ordered.map((message) => (
        <li
          key={message.id}
          className={message.authorType === 'subject' ? 'message message--own' : 'message'}
        >
          <article
            aria-label={`${message.authorType === 'subject' ? t('detail.fromYou') : t('detail.fromHandler')}`}
          >
            <header className="message__header">
              <strong>
                {message.authorType === 'subject' ? t('detail.fromYou') : t('detail.fromHandler')}
              </strong>{' '}
              <DateTime value={message.createdAt} />
              {message.isIdentityAnswer ? (
                <span className="tag tag--info">{t('detail.identityAnswerTag')}</span>
              ) : null}
            </header>
            <p className="pre-wrap">{message.body}</p>
            {message.attachments.length > 0 ? (
              <ul className="attachments">
                {message.attachments.map((attachment) =>
                  // A deleted file keeps its name and says when and why, never a dead link.
                  attachment.deletedAt !== null ? (
                    <li key={attachment.id}>
                      {t('detail.attachment')}: {attachment.fileName}{' '}
                      <span className="hint">
                        (
                        {t(
                          `detail.attachmentDeleted.${attachment.deletedReason ?? 'request_closed'}`,
                        )}{' '}
                        <DateTime value={attachment.deletedAt} />)
                      </span>
                    </li>
                  ) : (
                    <li key={attachment.id}>
                      {t('detail.attachment')}:{' '}
                      <a
                        href={attachmentUrl(requestId, attachment.id)}
                        download={attachment.fileName}
                      >
                        {attachment.fileName}
                      </a>{' '}
                      <span className="hint">({formatFileSize(attachment.size, locale)})</span>
                    </li>
                  ),
                )}
              </ul>
            ) : null}
          </article>
        </li>
      ))}
    </ol>
  );
}
