import {
  setStaffPasswordInputSchema,
  type SetStaffPasswordResponse,
  type StaffPasswordLink,
} from '@oikeus/contracts';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/dates';
import { ErrorSummary } from '../../../components/error-summary';
import { TextField } from '../../../components/fields';
import { SubmitButton } from '../../../components/submit-button';
import { useContractForm } from '../../../lib/use-contract-form';
import { useSetStaffPassword } from '../api/set-staff-password';

interface SetPasswordValues {
  newPassword: string;
  totp: string;
}

/**
 * The new password with a one-time link; a member who has an authenticator
 * gives its current code too (a mailbox alone does not open the console).
 */
export function SetPasswordForm({
  token,
  link,
  onDone,
}: {
  token: string;
  link: StaffPasswordLink;
  onDone: (result: SetStaffPasswordResponse) => void;
}) {
  const { t } = useTranslation('console');
  const form = useContractForm<SetPasswordValues, typeof setStaffPasswordInputSchema>({
    formId: 'staff-set-password',
    schema: setStaffPasswordInputSchema,
    defaultValues: { newPassword: '', totp: '' },
    toInput: ({ newPassword, totp }) => ({
      token,
      newPassword,
      ...(link.requiresTotp ? { totp: totp.replace(/\s/g, '') } : {}),
    }),
  });
  const setPassword = useSetStaffPassword();
  const labels: Record<string, string> = {
    newPassword: t('setPassword.newPassword'),
    totp: t('signIn.totp'),
  };
  const submit = form.onSubmit((input) => {
    if (setPassword.isPending) return;
    setPassword.mutate(input, {
      onSuccess: onDone,
      onError: (error) => {
        form.methods.setValue('totp', '');
        form.showError(error);
      },
    });
  });
  return (
    <form id={form.formId} noValidate onSubmit={submit} className="form">
      <ErrorSummary form={form} labelFor={(path) => labels[path]} />
      <p>
        {t('setPassword.account')}: <span className="mono">{link.email}</span>
      </p>
      <p className="hint">
        {t('setPassword.validUntil')} <DateTime value={link.expiresAt} />
      </p>
      <input type="hidden" name="username" autoComplete="username" value={link.email} />
      <TextField
        form={form}
        path="newPassword"
        label={labels.newPassword}
        hint={t('account.newPasswordHint')}
        type="password"
        autoComplete="new-password"
        {...form.bind('newPassword')}
      />
      {link.requiresTotp ? (
        <TextField
          form={form}
          path="totp"
          label={labels.totp}
          hint={t('setPassword.totpHint')}
          autoComplete="one-time-code"
          inputMode="numeric"
          width="short"
          maxLength={7}
          {...form.bind('totp')}
        />
      ) : null}
      <SubmitButton isPending={setPassword.isPending}>{t('setPassword.submit')}</SubmitButton>
    </form>
  );
}
