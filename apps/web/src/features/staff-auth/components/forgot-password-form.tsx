import { forgotStaffPasswordInputSchema } from '@oikeus/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { TextField } from '../../../components/fields';
import { Notice } from '../../../components/notice';
import { SubmitButton } from '../../../components/submit-button';
import { useContractForm } from '../../../lib/use-contract-form';
import { useForgotStaffPassword } from '../api/forgot-staff-password';

/** Asks for a one-time link by mail; the answer never tells whether the address is a member's. */
export function ForgotPasswordForm() {
  const { t } = useTranslation('console');
  const form = useContractForm<{ email: string }, typeof forgotStaffPasswordInputSchema>({
    formId: 'staff-forgot',
    schema: forgotStaffPasswordInputSchema,
    defaultValues: { email: '' },
  });
  const forgot = useForgotStaffPassword();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const submit = form.onSubmit((input) => {
    if (forgot.isPending) return;
    forgot.mutate(input, { onSuccess: () => setSentTo(input.email), onError: form.showError });
  });
  if (sentTo) {
    return (
      <Notice tone="success" title={t('forgot.sentTitle')}>
        <p>{t('forgot.sent', { email: sentTo })}</p>
      </Notice>
    );
  }
  return (
    <form id={form.formId} noValidate onSubmit={submit} className="form">
      <ErrorSummary
        form={form}
        labelFor={(path) => (path === 'email' ? t('signIn.email') : undefined)}
      />
      <TextField
        form={form}
        path="email"
        label={t('signIn.email')}
        type="email"
        autoComplete="username"
        spellCheck={false}
        {...form.bind('email')}
      />
      <SubmitButton isPending={forgot.isPending}>{t('forgot.submit')}</SubmitButton>
    </form>
  );
}
