import { signInInputSchema } from '@oikeus/contracts';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { TextField } from '../../../components/fields';
import { SubmitButton } from '../../../components/submit-button';
import { useContractForm } from '../../../lib/use-contract-form';
import { useLocale } from '../../../lib/use-locale';
import { useStartAuth } from '../api/start-auth';

export function SignInForm({
  onSent,
}: {
  onSent: (email: string, expiresInMinutes: number) => void;
}) {
  const { t } = useTranslation('auth');
  const locale = useLocale();
  const form = useContractForm<{ email: string }, typeof signInInputSchema>({
    formId: 'sign-in',
    schema: signInInputSchema,
    defaultValues: { email: '' },
    toInput: ({ email }) => ({ purpose: 'sign_in', email, locale }),
  });
  const startAuth = useStartAuth();

  const submit = form.onSubmit((input) => {
    startAuth.mutate(input, {
      onSuccess: (result) => onSent(input.email, result.expiresInMinutes),
      onError: form.showError,
    });
  });

  return (
    <form id={form.formId} noValidate onSubmit={submit} className="form">
      <ErrorSummary
        form={form}
        labelFor={(path) => (path === 'email' ? t('auth.email') : undefined)}
      />
      <TextField
        form={form}
        path="email"
        label={t('auth.email')}
        hint={t('auth.emailHintSignIn')}
        type="email"
        autoComplete="email"
        spellCheck={false}
        {...form.bind('email')}
      />
      <SubmitButton isPending={startAuth.isPending} pendingLabel={t('auth.sending')}>
        {t('auth.signInSubmit')}
      </SubmitButton>
    </form>
  );
}
