import { staffLoginInputSchema, type TotpEnrolment } from '@oikeus/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { TextField } from '../../../components/fields';
import { SubmitButton } from '../../../components/submit-button';
import { useContractForm } from '../../../lib/use-contract-form';
import { useStaffLogin } from '../api/staff-login';

interface StaffCredentials {
  email: string;
  password: string;
  totp: string;
  recoveryCode: string;
}

export function StaffCredentialsForm({
  onSignedIn,
  onEnrolmentRequired,
}: {
  onSignedIn: (remainingRecoveryCodes: number) => void;
  onEnrolmentRequired: (enrolment: TotpEnrolment) => void;
}) {
  const { t } = useTranslation('console');
  const [useRecoveryCode, setUseRecoveryCode] = useState(false);
  const form = useContractForm<StaffCredentials, typeof staffLoginInputSchema>({
    formId: 'staff-sign-in',
    schema: staffLoginInputSchema,
    defaultValues: { email: '', password: '', totp: '', recoveryCode: '' },
    toInput: ({ email, password, totp, recoveryCode }) => ({
      email,
      password,
      ...(useRecoveryCode
        ? { recoveryCode }
        : totp.trim() === ''
          ? {}
          : { totp: totp.replace(/\s/g, '') }),
    }),
  });
  const login = useStaffLogin();

  const labels: Record<string, string> = {
    email: t('signIn.email'),
    password: t('signIn.password'),
    totp: t('signIn.totp'),
    recoveryCode: t('signIn.recoveryCode'),
  };

  const submit = form.onSubmit((input) => {
    if (login.isPending) return;
    login.mutate(input, {
      onSuccess: (result) => {
        if (result.status === 'signed_in') onSignedIn(result.remainingRecoveryCodes);
        else onEnrolmentRequired(result.enrolment);
      },
      onError: (error) => {
        form.methods.setValue('password', '');
        form.showError(error);
      },
    });
  });

  return (
    <form id={form.formId} noValidate onSubmit={submit} className="form">
      <ErrorSummary form={form} labelFor={(path) => labels[path]} />
      <TextField
        form={form}
        path="email"
        label={labels.email}
        type="email"
        autoComplete="username"
        spellCheck={false}
        {...form.bind('email')}
      />
      <TextField
        form={form}
        path="password"
        label={labels.password}
        type="password"
        autoComplete="current-password"
        {...form.bind('password')}
      />
      {useRecoveryCode ? (
        <TextField
          form={form}
          path="recoveryCode"
          label={labels.recoveryCode}
          hint={t('signIn.recoveryCodeHint')}
          autoComplete="off"
          spellCheck={false}
          width="medium"
          {...form.bind('recoveryCode')}
        />
      ) : (
        <TextField
          form={form}
          path="totp"
          label={labels.totp}
          hint={t('signIn.totpHint')}
          autoComplete="one-time-code"
          inputMode="numeric"
          width="short"
          maxLength={7}
          {...form.bind('totp')}
        />
      )}
      <p>
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setUseRecoveryCode((value) => !value);
            form.clear();
          }}
        >
          {useRecoveryCode ? t('signIn.useTotp') : t('signIn.useRecoveryCode')}
        </button>
      </p>
      <SubmitButton isPending={login.isPending} pendingLabel={t('signIn.signingIn')}>
        {t('signIn.submit')}
      </SubmitButton>
    </form>
  );
}
