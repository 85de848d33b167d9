import {
  confirmTotpEnrolmentInputSchema,
  type ConfirmTotpEnrolmentResponse,
  type TotpEnrolment,
} from '@oikeus/contracts';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { TextField } from '../../../components/fields';
import { SubmitButton } from '../../../components/submit-button';
import { useContractForm } from '../../../lib/use-contract-form';
import { useConfirmTotpEnrolment } from '../api/confirm-totp-enrolment';

/** Groups a base32 secret in fours so it can be typed without losing one's place. */
function groupSecret(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

/** First sign-in: scan the QR code (or type the secret), then prove it works with one code. */
export function TotpEnrolmentForm({
  enrolment,
  onConfirmed,
}: {
  enrolment: TotpEnrolment;
  onConfirmed: (result: ConfirmTotpEnrolmentResponse) => void;
}) {
  const { t } = useTranslation('console');
  const form = useContractForm<{ totp: string }, typeof confirmTotpEnrolmentInputSchema>({
    formId: 'totp-enrolment',
    schema: confirmTotpEnrolmentInputSchema,
    defaultValues: { totp: '' },
    toInput: ({ totp }) => ({ totp: totp.replace(/\s/g, '') }),
  });
  const confirm = useConfirmTotpEnrolment();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const submit = form.onSubmit((input) => {
    if (confirm.isPending) return;
    confirm.mutate(input, { onSuccess: onConfirmed, onError: form.showError });
  });

  return (
    <section aria-labelledby="enrol-heading">
      <h2 id="enrol-heading" ref={heading} tabIndex={-1}>
        {t('enrol.title')}
      </h2>
      <p>{t('enrol.intro')}</p>
      <ol className="steps">
        <li>{t('enrol.step1')}</li>
        <li>
          {t('enrol.step2')}
          <div className="qr">
            <img src={enrolment.qrCodeDataUrl} width={200} height={200} alt={t('enrol.qrAlt')} />
          </div>
          <p>{t('enrol.manual')}</p>
          <p className="secret mono" aria-label={t('enrol.secretLabel')}>
            {groupSecret(enrolment.secret)}
          </p>
        </li>
        <li>{t('enrol.step3')}</li>
      </ol>
      <form id={form.formId} noValidate onSubmit={submit} className="form">
        <ErrorSummary
          form={form}
          labelFor={(path) => (path === 'totp' ? t('signIn.totp') : undefined)}
        />
        <TextField
          form={form}
          path="totp"
          label={t('signIn.totp')}
          autoComplete="one-time-code"
          inputMode="numeric"
          width="short"
          maxLength={7}
          {...form.bind('totp')}
        />
        <SubmitButton isPending={confirm.isPending}>{t('enrol.submit')}</SubmitButton>
      </form>
    </section>
  );
}
