import { completeRequestInputSchema, type ConsoleRequestDetail } from '@oikeus/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { TextAreaField } from '../../../components/fields';
import { Notice } from '../../../components/notice';
import { SubmitButton } from '../../../components/submit-button';
import { useContractForm } from '../../../lib/use-contract-form';
import { useCompleteRequest } from '../api/complete-request';
import { usePreviewCompletion } from '../api/preview-completion';
import { ActionSection } from './action-section';

/** Closes the request with a response letter in the subject's language, drafted by the server. */
export function CompletionAction({ request }: { request: ConsoleRequestDetail }) {
  const { t } = useTranslation('console');
  const [isRequested, setIsRequested] = useState(false);
  const preview = usePreviewCompletion(request.id, isRequested);
  const [draft, setDraft] = useState<{ text: string; locale: string } | null>(null);

  // The first draft the server writes is kept; reading the preview again does not overwrite edits.
  if (preview.data && draft === null) {
    setDraft({ text: preview.data.draft, locale: preview.data.locale });
  }

  return (
    <ActionSection id="completion" title={t('actions.completion.title')}>
      <p>{t('actions.completion.help')}</p>
      {preview.error ? <Notice tone="error">{preview.error.message}</Notice> : null}
      {draft === null ? (
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
        <CompletionForm request={request} draft={draft.text} draftLocale={draft.locale} />
      )}
    </ActionSection>
  );
}

function CompletionForm({
  request,
  draft,
  draftLocale,
}: {
  request: ConsoleRequestDetail;
  draft: string;
  draftLocale: string;
}) {
  const { t } = useTranslation('console');
  const complete = useCompleteRequest(request.id);
  const form = useContractForm<{ responseLetter: string }, typeof completeRequestInputSchema>({
    formId: 'completion',
    schema: completeRequestInputSchema,
    defaultValues: { responseLetter: draft },
    toInput: ({ responseLetter }) => ({ version: request.version, responseLetter }),
  });
  const submit = form.onSubmit((input) => {
    if (complete.isPending) return;
    complete.mutate(input, { onError: form.showError });
  });

  return (
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
          language: draftLocale,
        })}
        rows={14}
        {...form.bind('responseLetter')}
      />
      <SubmitButton isPending={complete.isPending} pendingLabel={t('actions.applying')}>
        {t('actions.completion.apply')}
      </SubmitButton>
    </form>
  );
}
