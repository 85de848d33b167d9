import {
  addInternalNoteInputSchema,
  sendSubjectMessageInputSchema,
  type ConsoleRequestDetail,
  type NoteWithholdingGround,
} from '@oikeus/contracts';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/dates';
import { formatFileSize } from '../../../lib/format-file-size';
import { useLocale } from '../../../lib/use-locale';
import { useAddInternalNote } from '../api/add-internal-note';
import { useSendSubjectMessage } from '../api/send-subject-message';
import { requestUrl } from '../api/use-request-write';
import { ConversationForm } from './conversation-form';

/**
 * Messages with the subject and the handlers' internal notes, marked apart in
 * words; handlers write to the subject or add a note. Files the subject sent
 * open as downloads for handlers (auditors see only their names).
 */
export function Conversation({
  request,
  canWrite,
}: {
  request: ConsoleRequestDetail;
  canWrite: boolean;
}) {
  const { t } = useTranslation('console');
  const locale = useLocale();
  const addNote = useAddInternalNote(request.id);
  const sendMessage = useSendSubjectMessage(request.id);
  const messages = [...request.messages].sort((a, b) => a.createdAt.localeCompare(b.createdAt));

  return (
    <section aria-labelledby="conversation-heading" className="panel">
      <h2 id="conversation-heading">{t('conversation.title')}</h2>
      {messages.length === 0 ? (
        <p>{t('conversation.none')}</p>
      ) : (
        <ol className="messages">
          {messages.map((message) => {
            const author =
              message.authorType === 'subject'
                ? t('conversation.subject')
                : (message.author?.name ?? t('conversation.staff'));
            return (
              <li
                key={message.id}
                className={
                  message.isInternalNote
                    ? 'message message--note'
                    : message.authorType === 'subject'
                      ? 'message message--own'
                      : 'message'
                }
              >
                <article aria-label={author}>
                  <header className="message__header">
                    <strong>{author}</strong>
                    <DateTime value={message.createdAt} />
                    {message.isInternalNote ? (
                      <span className="tag tag--at-risk">{t('conversation.internal')}</span>
                    ) : null}
                    {message.isIdentityAnswer ? (
                      <span className="tag tag--info">{t('conversation.identityAnswer')}</span>
                    ) : null}
                  </header>
                  <p className="pre-wrap">{message.body}</p>
                  {message.isInternalNote ? (
                    // CJEU C-434/16 Nowak: the note goes into the access copy unless withheld on a recorded ground.
                    <p className="hint">
                      {message.withholdingGround
                        ? t('conversation.noteWithheld', {
                            ground: t(
                              `conversation.withholdingGrounds.${message.withholdingGround as NoteWithholdingGround}`,
                            ),
                            reason: message.withholdingReason ?? '',
                          })
                        : t('conversation.noteInCopy')}
                    </p>
                  ) : null}
                  {message.attachments.length > 0 ? (
                    <ul className="attachments">
                      {message.attachments.map((attachment) =>
                        // The file was deleted (identity verified, request closed): its name, when and why.
                        attachment.deletedAt !== null ? (
                          <li key={attachment.id}>
                            {attachment.fileName} (
                            {t(
                              `conversation.attachmentDeleted.${attachment.deletedReason ?? 'request_closed'}`,
                            )}{' '}
                            <DateTime value={attachment.deletedAt} />)
                          </li>
                        ) : (
                          <li key={attachment.id}>
                            {canWrite ? (
                              <a
                                href={requestUrl(request.id, `/attachments/${attachment.id}`)}
                                download={attachment.fileName}
                              >
                                {attachment.fileName}
                              </a>
                            ) : (
                              attachment.fileName
                            )}{' '}
                            ({attachment.contentType}, {formatFileSize(attachment.size, locale)})
                          </li>
                        ),
                      )}
                    </ul>
                  ) : null}
                </article>
              </li>
            );
          })}
        </ol>
      )}
      {canWrite ? (
        <>
          <ConversationForm
            formName="subject-message"
            version={request.version}
            schema={sendSubjectMessageInputSchema}
            mutation={sendMessage}
            variant="primary"
            texts={{
              title: t('conversation.writeToSubject'),
              hint: t('conversation.messageHint'),
              label: t('conversation.message'),
              submit: t('conversation.sendMessage'),
              done: t('conversation.messageSent'),
            }}
          />
          <ConversationForm
            formName="internal-note"
            version={request.version}
            schema={addInternalNoteInputSchema}
            mutation={addNote}
            variant="secondary"
            texts={{
              title: t('conversation.addNote'),
              hint: t('conversation.noteHint'),
              label: t('conversation.note'),
              submit: t('conversation.saveNote'),
              done: t('conversation.noteAdded'),
            }}
          />
        </>
      ) : null}
    </section>
  );
}
