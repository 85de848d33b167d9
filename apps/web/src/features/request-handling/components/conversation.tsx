import { addInternalNoteInputSchema, type ConsoleRequestDetail } from '@oikeus/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/dates';
import { ErrorSummary } from '../../../components/error-summary';
import { TextAreaField } from '../../../components/fields';
import { Notice } from '../../../components/notice';
import { SubmitButton } from '../../../components/submit-button';
import { formatFileSize } from '../../../lib/format-file-size';
import { useFormIssues } from '../../../lib/use-form-issues';
import { useLocale } from '../../../lib/use-locale';
import { useAddInternalNote } from '../api/add-internal-note';

/** Messages with the subject and the handlers' internal notes, marked apart in words. */
export function Conversation({
  request,
  canWrite,
}: {
  request: ConsoleRequestDetail;
  canWrite: boolean;
}) {
  const { t } = useTranslation('console');
  const locale = useLocale();
  const form = useFormIssues('internal-note');
  const addNote = useAddInternalNote(request.id);
  const [body, setBody] = useState('');
  const [done, setDone] = useState(false);
  const messages = [...request.messages].sort((a, b) => a.createdAt.localeCompare(b.createdAt));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (addNote.isPending) return;
    setDone(false);
    const input = form.validate(addInternalNoteInputSchema, { version: request.version, body });
    if (!input) return;
    addNote.mutate(input, {
      onSuccess: () => {
        setBody('');
        setDone(true);
      },
      onError: form.showError,
    });
  }

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
                  {message.attachments.length > 0 ? (
                    <ul className="attachments">
                      {message.attachments.map((attachment) => (
                        <li key={attachment.id}>
                          {attachment.fileName} ({attachment.contentType},{' '}
                          {formatFileSize(attachment.size, locale)})
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </article>
              </li>
            );
          })}
        </ol>
      )}
      {canWrite ? (
        <form id={form.formId} noValidate onSubmit={submit} className="form subform">
          <h3>{t('conversation.addNote')}</h3>
          <p className="hint">{t('conversation.noteHint')}</p>
          <ErrorSummary
            form={form}
            labelFor={(path) => (path === 'body' ? t('conversation.note') : undefined)}
          />
          {done ? <Notice tone="success">{t('conversation.noteAdded')}</Notice> : null}
          <TextAreaField
            form={form}
            path="body"
            label={t('conversation.note')}
            rows={3}
            value={body}
            onChange={setBody}
          />
          <SubmitButton isPending={addNote.isPending} variant="secondary">
            {t('conversation.saveNote')}
          </SubmitButton>
        </form>
      ) : null}
    </section>
  );
}
