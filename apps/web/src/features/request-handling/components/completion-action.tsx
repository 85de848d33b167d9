import {
  completeRequestInputSchema,
  refusalGrounds,
  type ConsoleRequestDetail,
  type RefusalGround,
} from '@oikeus/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { RadioGroup, SingleCheckbox, TextAreaField } from '../../../components/fields';
import { Notice } from '../../../components/notice';
import { SubmitButton } from '../../../components/submit-button';
import { useContractForm } from '../../../lib/use-contract-form';
import { useCompleteRequest } from '../api/complete-request';
import { usePreviewCompletion } from '../api/preview-completion';
import { ActionSection } from './action-section';

/**
 * Closes the request with a response letter in the subject's language,
 * drafted by the server. Without the request's action recorded (no released
 * package, no applied change) it closes only with a partial refusal: what was
 * not done, on which ground and why (issue #17; Art. 12(4)).
 */
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
        <CompletionForm
          request={request}
          draft={draft.text}
          draftLocale={draft.locale}
          isActionMissing={preview.data?.isActionMissing === true}
        />
      )}
    </ActionSection>
  );
}

interface CompletionValues {
  responseLetter: string;
  isPartlyRefused: boolean;
  ground: RefusalGround | '';
  reasons: string;
}

/** The contract's paths (`partialRefusal.ground`) on the fields that hold them. */
function completionFieldPath(path: string): string {
  return path.startsWith('partialRefusal.') ? path.slice('partialRefusal.'.length) : path;
}

function CompletionForm({
  request,
  draft,
  draftLocale,
  isActionMissing,
}: {
  request: ConsoleRequestDetail;
  draft: string;
  draftLocale: string;
  isActionMissing: boolean;
}) {
  const { t } = useTranslation('console');
  const complete = useCompleteRequest(request.id);
  const form = useContractForm<CompletionValues, typeof completeRequestInputSchema>({
    formId: 'completion',
    schema: completeRequestInputSchema,
    defaultValues: {
      responseLetter: draft,
      isPartlyRefused: isActionMissing,
      ground: '',
      reasons: '',
    },
    toInput: ({ responseLetter, isPartlyRefused, ground, reasons }) => ({
      version: request.version,
      responseLetter,
      ...(isPartlyRefused
        ? { partialRefusal: { ground: ground === '' ? undefined : ground, reasons } }
        : {}),
    }),
    toFieldPath: completionFieldPath,
  });
  const isPartlyRefused = form.bind('isPartlyRefused');
  const submit = form.onSubmit((input) => {
    if (complete.isPending) return;
    complete.mutate(input, { onError: form.showError });
  });
  const labels: Record<string, string> = {
    responseLetter: t('actions.completion.letter'),
    isPartlyRefused: t('actions.completion.partlyRefused'),
    ground: t('actions.completion.partialGround'),
    reasons: t('actions.completion.partialReasons'),
  };

  return (
    <form id={form.formId} noValidate onSubmit={submit} className="form form--wide">
      <ErrorSummary form={form} labelFor={(path) => labels[completionFieldPath(path)]} />
      {isActionMissing ? (
        <Notice tone="warning" isLive={false} title={t('actions.completion.actionMissingTitle')}>
          <p>{t(`actions.completion.actionMissing.${request.type}`)}</p>
        </Notice>
      ) : null}
      <TextAreaField
        form={form}
        path="responseLetter"
        label={labels.responseLetter}
        hint={t('actions.completion.letterHint', {
          language: draftLocale,
        })}
        rows={14}
        {...form.bind('responseLetter')}
      />
      <SingleCheckbox
        form={form}
        path="isPartlyRefused"
        label={labels.isPartlyRefused}
        hint={t('actions.completion.partlyRefusedHint')}
        checked={isPartlyRefused.value}
        onChange={isPartlyRefused.onChange}
      />
      {isPartlyRefused.value ? (
        <>
          <RadioGroup
            form={form}
            path="ground"
            legend={labels.ground}
            {...form.bind('ground')}
            options={refusalGrounds.map((value) => ({
              value,
              label: t(`refusalGrounds.${value}.label`),
              hint: t(`refusalGrounds.${value}.hint`),
            }))}
          />
          <TextAreaField
            form={form}
            path="reasons"
            label={labels.reasons}
            hint={t('actions.completion.partialReasonsHint', { language: draftLocale })}
            rows={6}
            {...form.bind('reasons')}
          />
        </>
      ) : null}
      <SubmitButton isPending={complete.isPending} pendingLabel={t('actions.applying')}>
        {t('actions.completion.apply')}
      </SubmitButton>
    </form>
  );
}
