import {
  refusalGrounds,
  refuseRequestInputSchema,
  type ConsoleRequestDetail,
  type RefusalGround,
} from '@oikeus/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { RadioGroup, TextAreaField } from '../../../components/fields';
import { Notice } from '../../../components/notice';
import { SubmitButton } from '../../../components/submit-button';
import { useContractForm } from '../../../lib/use-contract-form';
import { usePreviewRefusal } from '../api/preview-refusal';
import { useRefuseRequest } from '../api/refuse-request';
import { ActionSection } from './action-section';

/**
 * GDPR Art. 12(4)–(5): refusing needs a ground and reasons, and the letter
 * tells the person they may complain and seek a judicial remedy. Read
 * narrowly (EDPB 01/2022 §§175–190).
 */
export function RefusalAction({ request }: { request: ConsoleRequestDetail }) {
  const { t } = useTranslation('console');
  const form = useContractForm<
    { ground: RefusalGround | ''; reasons: string },
    typeof refuseRequestInputSchema
  >({
    formId: 'refusal',
    schema: refuseRequestInputSchema,
    defaultValues: { ground: '', reasons: '' },
    toInput: ({ ground, reasons }) => ({
      version: request.version,
      ground: ground === '' ? undefined : ground,
      reasons,
    }),
  });
  const ground = form.bind('ground').value;
  const [previewGround, setPreviewGround] = useState<RefusalGround | null>(null);
  const preview = usePreviewRefusal(request.id, previewGround);
  const refuse = useRefuseRequest(request.id);
  const draftFor = useRef<RefusalGround | null>(null);
  const { setValue } = form.methods;

  // Start the reasons from the draft letter, once per ground, without overwriting edits.
  useEffect(() => {
    if (preview.data && previewGround && draftFor.current !== previewGround) {
      draftFor.current = previewGround;
      setValue('reasons', preview.data.draft);
    }
  }, [preview.data, previewGround, setValue]);

  const submit = form.onSubmit((input) => {
    if (refuse.isPending) return;
    refuse.mutate(input, { onError: form.showError });
  });

  const labels: Record<string, string> = {
    ground: t('actions.refusal.ground'),
    reasons: t('actions.refusal.reasons'),
  };
  return (
    <ActionSection
      id="refusal"
      title={t('actions.refusal.title')}
      article={t('actions.refusal.article')}
    >
      <p>{t('actions.refusal.help')}</p>
      <form id={form.formId} noValidate onSubmit={submit} className="form form--wide">
        <ErrorSummary form={form} labelFor={(path) => labels[path]} />
        {preview.error ? <Notice tone="error">{preview.error.message}</Notice> : null}
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
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary"
            aria-disabled={ground === '' || preview.isFetching || undefined}
            onClick={() => {
              if (ground === '') {
                form.setIssues([{ path: 'ground', message: t('actions.refusal.chooseGround') }]);
                return;
              }
              form.clear();
              setPreviewGround(ground);
            }}
          >
            {preview.isFetching ? t('actions.previewing') : t('actions.refusal.draft')}
          </button>
        </div>
        {preview.data && previewGround ? (
          <>
            <TextAreaField
              form={form}
              path="reasons"
              label={labels.reasons}
              hint={t('actions.refusal.reasonsHint', { language: preview.data.locale })}
              rows={12}
              {...form.bind('reasons')}
            />
            {preview.data.isAfterOneMonth ? (
              <Notice tone="warning" isLive={false}>
                {t('refusalLate')}
              </Notice>
            ) : null}
            <Notice tone="info" isLive={false} title={t('actions.refusal.complaintRoute')}>
              <p className="pre-wrap">{preview.data.complaintRoute}</p>
            </Notice>
            <SubmitButton
              isPending={refuse.isPending}
              variant="danger"
              pendingLabel={t('actions.applying')}
            >
              {t('actions.refusal.apply')}
            </SubmitButton>
          </>
        ) : null}
      </form>
    </ActionSection>
  );
}
