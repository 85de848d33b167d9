import { locales, signUpInputSchema, type Locale } from '@oikeus/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { RadioGroup, TextField } from '../../../components/fields';
import { SubmitButton } from '../../../components/submit-button';
import { useFormIssues } from '../../../lib/use-form-issues';
import { useLocale } from '../../../lib/use-locale';
import { useStartAuth } from '../api/start-auth';
import { nativeLanguageNames } from '../../../lib/language-names';

export function SignUpForm({
  onSent,
}: {
  onSent: (email: string, expiresInMinutes: number) => void;
}) {
  const { t } = useTranslation('auth');
  const uiLocale = useLocale();
  const form = useFormIssues('sign-up');
  const startAuth = useStartAuth();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [locale, setLocale] = useState<Locale | ''>(uiLocale);

  const labels: Record<string, string> = {
    email: t('auth.email'),
    name: t('auth.name'),
    phone: t('auth.phone'),
    locale: t('auth.language'),
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = form.validate(signUpInputSchema, {
      purpose: 'sign_up',
      email,
      name,
      // The contract wants no phone at all rather than an empty one.
      ...(phone.trim() === '' ? {} : { phone }),
      locale,
    });
    if (!input) return;
    startAuth.mutate(input, {
      onSuccess: (result) => onSent(input.email, result.expiresInMinutes),
      onError: form.showError,
    });
  }

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
        value={email}
        onChange={setEmail}
      />
      <TextField
        form={form}
        path="name"
        label={labels.name}
        autoComplete="name"
        value={name}
        onChange={setName}
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
        value={phone}
        onChange={setPhone}
      />
      <RadioGroup
        form={form}
        path="locale"
        legend={labels.locale}
        hint={t('auth.languageHint')}
        value={locale}
        onChange={setLocale}
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
