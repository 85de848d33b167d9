import { changeStaffPasswordInputSchema } from '@oikeus/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { TextField } from '../../../components/fields';
import { Notice } from '../../../components/notice';
import { SubmitButton } from '../../../components/submit-button';
import { useContractForm } from '../../../lib/use-contract-form';
import { useChangeStaffPassword } from '../api/change-staff-password';
import { staffAuthKeys } from '../api/query-keys';

/** The member's own password; their other console sessions end (change-staff-password.ts). */
export function ChangePasswordForm() {
  const { t } = useTranslation('console');
  const form = useContractForm<
    { currentPassword: string; newPassword: string },
    typeof changeStaffPasswordInputSchema
  >({
    formId: 'staff-password',
    schema: changeStaffPasswordInputSchema,
    defaultValues: { currentPassword: '', newPassword: '' },
  });
  const change = useChangeStaffPassword();
  const queryClient = useQueryClient();
  const [isChanged, setIsChanged] = useState(false);
  const labels: Record<string, string> = {
    currentPassword: t('account.currentPassword'),
    newPassword: t('account.newPassword'),
  };
  const send = form.onSubmit((input) => {
    if (change.isPending) return;
    change.mutate(input, {
      onSuccess: () => {
        setIsChanged(true);
        form.methods.reset({ currentPassword: '', newPassword: '' });
        void queryClient.invalidateQueries({ queryKey: staffAuthKeys.ownSessions });
      },
      onError: (error) => {
        form.methods.setValue('currentPassword', '');
        form.showError(error);
      },
    });
  });
  const submit = (event: FormEvent) => {
    setIsChanged(false);
    void send(event);
  };
  return (
    <form id={form.formId} noValidate onSubmit={submit} className="form">
      <ErrorSummary form={form} labelFor={(path) => labels[path]} />
      {isChanged ? <Notice tone="success">{t('account.passwordChanged')}</Notice> : null}
      <TextField
        form={form}
        path="currentPassword"
        label={labels.currentPassword}
        type="password"
        autoComplete="current-password"
        {...form.bind('currentPassword')}
      />
      <TextField
        form={form}
        path="newPassword"
        label={labels.newPassword}
        hint={t('account.newPasswordHint')}
        type="password"
        autoComplete="new-password"
        {...form.bind('newPassword')}
      />
      <SubmitButton isPending={change.isPending}>{t('account.changePassword')}</SubmitButton>
    </form>
  );
}
