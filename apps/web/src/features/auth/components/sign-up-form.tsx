import { locales, signUpInputSchema, type Locale } from '@oikeus/contracts';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { RadioGroup, TextField } from '../../../components/fields';
import { SubmitButton } from '../../../components/submit-button';
import { useContractForm } from '../../../lib/use-contract-form';
import { useLocale } from '../../../lib/use-locale';
import { useStartAuth } from '../api/start-auth';
import { nativeLanguageNames } from '../../../lib/language-names';

interface SignUpValues {
  email: string;
  name: string;
  phone: string;
  locale: Locale | '';
}

export function SignUpForm({
  onSent,
}: {
  onSent: (email: string, expiresInMinutes: number) => void;
}) {
  const { t } = useTranslation('auth');
  const uiLocale = useLocale();
  const form = useContractForm<SignUpValues, typeof signUpInputSchema>({
    formId: 'sign-up',
    schema: signUpInputSchema,
    defaultValues: { email: '', name: '', phone: '', locale: uiLocale },
    toInput: ({ email, name, phone, locale }) => ({
      purpose: 'sign_up',
      email,
      name,
      // The contract wants no phone at all rather than an empty one.
      ...(phone.trim() === '' ? {} : { phone }),
      locale,
    }),
  });
  const startAuth = useStartAuth();

  const labels: Record<string, string> = {
    email: t('auth.email'),
    name: t('auth.name'),
    phone: t('auth.phone'),
    locale: t('auth.language'),
  };

  const submit = form.onSubmit((input) => {
    startAuth.mutate(input, {
      onSuccess: (result) => onSent(input.email, result.expiresInMinutes),
      onError: form.showError,
    });
  });

  return (
    <form id={form.formId} noValidate onSubmit={submit} className="form">
      <ErrorSummary form={form} labelFor={(path) => labels[path]} />
      <TextField
        form={form}
        path="email"
        label={labels.email}
        hint={t('auth.emailHintSignUp')}
        type="email"
        autoComplete="email"
        spellCheck={false}
        {...form.bind('email')}
      />
      <TextField
        form={form}
        path="name"
        label={labels.name}
        autoComplete="name"
        {...form.bind('name')}
      />
      <TextField
        form={form}
        path="phone"
        label={labels.phone}
        hint={t('auth.phoneHint')}
        isOptional
        type="tel"
        autoComplete="tel"
        width="medium"
        {...form.bind('phone')}
      />
      <RadioGroup
        form={form}
        path="locale"
        legend={labels.locale}
        hint={t('auth.languageHint')}
        {...form.bind('locale')}
        options={locales.map((value) => ({
          value,
          label: <span lang={value}>{nativeLanguageNames[value]}</span>,
        }))}
      />
      <SubmitButton isPending={startAuth.isPending} pendingLabel={t('auth.sending')}>
        {t('auth.signUpSubmit')}
      </SubmitButton>
    </form>
  );
}
