import { withdrawRequestInputSchema, type SubjectRequestDetail } from '@oikeus/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { TextAreaField } from '../../../components/fields';
import { SubmitButton } from '../../../components/submit-button';
import { useContractForm } from '../../../lib/use-contract-form';
import { useWithdrawRequest } from '../api/withdraw-request';
import { optionalText } from './use-submit-form';

/** Withdrawing takes a second, explicit confirmation; it cannot be undone. */
export function WithdrawPanel({
  request,
  onWithdrawn,
}: {
  request: SubjectRequestDetail;
  onWithdrawn: () => void;
}) {
  const { t } = useTranslation('requests');
  const form = useContractForm<{ reason: string }, typeof withdrawRequestInputSchema>({
    formId: 'withdraw',
    schema: withdrawRequestInputSchema,
    defaultValues: { reason: '' },
    toInput: ({ reason }) => ({ version: request.version, reason: optionalText(reason) }),
  });
  const withdraw = useWithdrawRequest(request.id);
  const [isConfirming, setIsConfirming] = useState(false);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const [returnFocus, setReturnFocus] = useState(false);

  useEffect(() => {
    if (isConfirming) confirmHeading.current?.focus();
    else if (returnFocus) openButton.current?.focus();
  }, [isConfirming, returnFocus]);

  const submit = form.onSubmit((input) => {
    if (withdraw.isPending) return;
    withdraw.mutate(input, { onSuccess: onWithdrawn, onError: form.showError });
  });

  return (
    <section aria-labelledby="withdraw-heading" className="panel">
      <h2 id="withdraw-heading">{t('detail.withdrawHeading')}</h2>
      <p>{t('detail.withdrawHelp')}</p>
      {isConfirming ? (
        <form id={form.formId} noValidate onSubmit={submit} className="form confirm-box">
          <h3 ref={confirmHeading} tabIndex={-1}>
            {t('detail.withdrawConfirmTitle', { reference: request.reference })}
          </h3>
          <ErrorSummary
            form={form}
            labelFor={(path) => (path === 'reason' ? t('detail.withdrawReason') : undefined)}
          />
          <TextAreaField
            form={form}
            path="reason"
            label={t('detail.withdrawReason')}
            isOptional
            rows={3}
            {...form.bind('reason')}
          />
          <div className="button-row">
            <SubmitButton isPending={withdraw.isPending} variant="danger">
              {t('detail.withdrawConfirm')}
            </SubmitButton>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setIsConfirming(false);
                setReturnFocus(true);
                form.clear();
              }}
            >
              {t('detail.withdrawKeep')}
            </button>
          </div>
        </form>
      ) : (
        <button
          ref={openButton}
          type="button"
          className="button button--danger-outline"
          onClick={() => setIsConfirming(true)}
        >
          {t('detail.withdraw')}
        </button>
      )}
    </section>
  );
}
