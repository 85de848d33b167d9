import { verifyAuthInputSchema } from '@oikeus/contracts';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { TextField } from '../../../components/fields';
import { SubmitButton } from '../../../components/submit-button';
import { useContractForm } from '../../../lib/use-contract-form';
import { useVerifyAuth } from '../api/verify-auth';

/** The six-digit code from the email; the address is prefilled when we know it. */
export function VerifyCodeForm({
  initialEmail,
  onSignedIn,
}: {
  initialEmail: string;
  onSignedIn: () => void;
}) {
  const { t } = useTranslation('auth');
  const form = useContractForm<{ email: string; code: string }, typeof verifyAuthInputSchema>({
    formId: 'verify',
    schema: verifyAuthInputSchema,
    defaultValues: { email: initialEmail, code: '' },
    // Codes are often copied with a space in the middle ("123 456").
    toInput: ({ email, code }) => ({ email, code: code.replace(/\s/g, '') }),
  });
  const verify = useVerifyAuth();

  const submit = form.onSubmit((input) => {
    verify.mutate(input, { onSuccess: onSignedIn, onError: form.showError });
  });

  return (
    <form id={form.formId} noValidate onSubmit={submit} className="form">
      <ErrorSummary
        form={form}
        labelFor={(path) => ({ email: t('auth.email'), code: t('auth.code') })[path]}
      />
      <TextField
        form={form}
        path="email"
        label={t('auth.email')}
        type="email"
        autoComplete="email"
        spellCheck={false}
        {...form.bind('email')}
      />
      <TextField
        form={form}
        path="code"
        label={t('auth.code')}
        hint={t('auth.codeHint')}
        autoComplete="one-time-code"
        inputMode="numeric"
        width="short"
        maxLength={7}
        {...form.bind('code')}
      />
      <SubmitButton isPending={verify.isPending} pendingLabel={t('auth.verifying')}>
        {t('auth.verifySubmit')}
      </SubmitButton>
    </form>
  );
}
