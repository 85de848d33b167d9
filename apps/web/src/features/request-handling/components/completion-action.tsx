import { completeRequestInputSchema, type ConsoleRequestDetail } from '@oikeus/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { TextAreaField } from '../../../components/fields';
import { Notice } from '../../../components/notice';
import { SubmitButton } from '../../../components/submit-button';
import { useFormIssues } from '../../../lib/use-form-issues';
import { useCompleteRequest } from '../api/complete-request';
import { usePreviewCompletion } from '../api/preview-completion';
import { ActionSection } from './action-section';

/** Closes the request with a response letter in the subject's language, drafted by the server. */
export function CompletionAction({ request }: { request: ConsoleRequestDetail }) {
  const { t } = useTranslation('console');
  const form = useFormIssues('completion');
  const [isRequested, setIsRequested] = useState(false);
  const preview = usePreviewCompletion(request.id, isRequested);
  const complete = useCompleteRequest(request.id);
  const [letter, setLetter] = useState('');
  const [hasDraft, setHasDraft] = useState(false);

  if (preview.data && !hasDraft) {
    setHasDraft(true);
    setLetter(preview.data.draft);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (complete.isPending) return;
    const input = form.validate(completeRequestInputSchema, {
      version: request.version,
      responseLetter: letter,
    });
    if (!input) return;
    complete.mutate(input, { onError: form.showError });
  }

  return (
    <ActionSection id="completion" title={t('actions.completion.title')}>
      <p>{t('actions.completion.help')}</p>
      {preview.error ? <Notice tone="error">{preview.error.message}</Notice> : null}
      {!hasDraft ? (
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary"
            aria-disabled={preview.isFetching || undefined}
            onClick={() => setIsRequested(true)}
          >
            {preview.isFetching ? t('actions.previewing') : t('actions.completion.draft')}
          </button>
        </div>
      ) : (
        <form id={form.formId} noValidate onSubmit={submit} className="form form--wide">
          <ErrorSummary
            form={form}
            labelFor={(path) =>
              path === 'responseLetter' ? t('actions.completion.letter') : undefined
            }
          />
          <TextAreaField
            form={form}
            path="responseLetter"
            label={t('actions.completion.letter')}
            hint={t('actions.completion.letterHint', {
              language: preview.data?.locale ?? request.locale,
            })}
            rows={14}
            value={letter}
            onChange={setLetter}
          />
          <SubmitButton isPending={complete.isPending} pendingLabel={t('actions.applying')}>
            {t('actions.completion.apply')}
          </SubmitButton>
        </form>
      )}
    </ActionSection>
  );
}
