import { extendDeadlineInputSchema, type ConsoleRequestDetail } from '@oikeus/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LocalDate } from '../../../components/dates';
import { ErrorSummary } from '../../../components/error-summary';
import { TextAreaField } from '../../../components/fields';
import { Notice } from '../../../components/notice';
import { SubmitButton } from '../../../components/submit-button';
import { useContractForm } from '../../../lib/use-contract-form';
import { useExtendDeadline } from '../api/extend-deadline';
import { usePreviewExtension } from '../api/preview-extension';
import { ActionSection } from './action-section';

/**
 * GDPR Art. 12(3): once, by two further months, only inside the first month
 * and with reasons that are sent to the subject. An exception, not routine
 * (EDPB 01/2022 §§162–164).
 */
export function ExtensionAction({ request }: { request: ConsoleRequestDetail }) {
  const { t } = useTranslation('console');
  const form = useContractForm<{ reasons: string }, typeof extendDeadlineInputSchema>({
    formId: 'extension',
    schema: extendDeadlineInputSchema,
    defaultValues: { reasons: '' },
    toInput: ({ reasons }) => ({ version: request.version, reasons }),
  });
  const [isRequested, setIsRequested] = useState(false);
  const preview = usePreviewExtension(request.id, isRequested);
  const extend = useExtendDeadline(request.id);
  const [done, setDone] = useState(false);

  const submit = form.onSubmit((input) => {
    if (extend.isPending) return;
    extend.mutate(input, {
      onSuccess: () => {
        setDone(true);
        setIsRequested(false);
      },
      onError: form.showError,
    });
  });

  if (request.deadline.isExtended) {
    return (
      <ActionSection
        id="extension"
        title={t('actions.extension.title')}
        article={t('actions.extension.article')}
      >
        {done ? <Notice tone="success">{t('actions.extension.done')}</Notice> : null}
        <p>{t('actions.extension.alreadyExtended')}</p>
      </ActionSection>
    );
  }

  return (
    <ActionSection
      id="extension"
      title={t('actions.extension.title')}
      article={t('actions.extension.article')}
    >
      <p>{t('actions.extension.help')}</p>
      {preview.error ? <Notice tone="error">{preview.error.message}</Notice> : null}
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={preview.isFetching || undefined}
          onClick={() => (isRequested ? void preview.refetch() : setIsRequested(true))}
        >
          {preview.isFetching ? t('actions.previewing') : t('actions.preview')}
        </button>
      </div>
      {preview.data ? (
        preview.data.isAllowed ? (
          <form id={form.formId} noValidate onSubmit={submit} className="form">
            <p>
              {t('actions.extension.from')} <LocalDate value={preview.data.currentDueDate} />{' '}
              {t('actions.extension.to')}{' '}
              <strong>
                <LocalDate value={preview.data.extendedDueDate} withWeekday />
              </strong>
            </p>
            <ErrorSummary
              form={form}
              labelFor={(path) => (path === 'reasons' ? t('actions.extension.reasons') : undefined)}
            />
            <TextAreaField
              form={form}
              path="reasons"
              label={t('actions.extension.reasons')}
              hint={t('actions.extension.reasonsHint')}
              {...form.bind('reasons')}
            />
            <SubmitButton isPending={extend.isPending} pendingLabel={t('actions.applying')}>
              {t('actions.extension.apply')}
            </SubmitButton>
          </form>
        ) : (
          <Notice tone="warning" isLive={false}>
            <p>
              {t(`actions.extension.refusal.${preview.data.refusalReason ?? 'deadline_passed'}`)}
            </p>
          </Notice>
        )
      ) : null}
    </ActionSection>
  );
}
