import { staffLoginInputSchema, type TotpEnrolment } from '@oikeus/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { TextField } from '../../../components/fields';
import { SubmitButton } from '../../../components/submit-button';
import { useFormIssues } from '../../../lib/use-form-issues';
import { useStaffLogin } from '../api/staff-login';

export function StaffCredentialsForm({
  onSignedIn,
  onEnrolmentRequired,
}: {
  onSignedIn: (remainingRecoveryCodes: number) => void;
  onEnrolmentRequired: (enrolment: TotpEnrolment) => void;
}) {
  const { t } = useTranslation('console');
  const form = useFormIssues('staff-sign-in');
  const login = useStaffLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [recoveryCode, setRecoveryCode] = useState('');
  const [useRecoveryCode, setUseRecoveryCode] = useState(false);

  const labels: Record<string, string> = {
    email: t('signIn.email'),
    password: t('signIn.password'),
    totp: t('signIn.totp'),
    recoveryCode: t('signIn.recoveryCode'),
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    if (login.isPending) return;
    const input = form.validate(staffLoginInputSchema, {
      email,
      password,
      ...(useRecoveryCode
        ? { recoveryCode }
        : totp.trim() === ''
          ? {}
          : { totp: totp.replace(/\s/g, '') }),
    });
    if (!input) return;
    login.mutate(input, {
      onSuccess: (result) => {
        if (result.status === 'signed_in') onSignedIn(result.remainingRecoveryCodes);
        else onEnrolmentRequired(result.enrolment);
      },
      onError: (error) => {
        setPassword('');
        form.showError(error);
      },
    });
  }

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
        value={email}
        onChange={setEmail}
      />
      <TextField
        form={form}
        path="password"
        label={labels.password}
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
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
          value={recoveryCode}
          onChange={setRecoveryCode}
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
          value={totp}
          onChange={setTotp}
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
