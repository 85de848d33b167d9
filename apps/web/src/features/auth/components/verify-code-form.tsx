import { verifyAuthInputSchema } from '@oikeus/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { TextField } from '../../../components/fields';
import { SubmitButton } from '../../../components/submit-button';
import { useFormIssues } from '../../../lib/use-form-issues';
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
  const form = useFormIssues('verify');
  const verify = useVerifyAuth();
  const [email, setEmail] = useState(initialEmail);
  const [code, setCode] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = form.validate(verifyAuthInputSchema, { email, code: code.replace(/\s/g, '') });
    if (!input) return;
    verify.mutate(input, { onSuccess: onSignedIn, onError: form.showError });
  }

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
        value={email}
        onChange={setEmail}
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
        value={code}
        onChange={setCode}
      />
      <SubmitButton isPending={verify.isPending} pendingLabel={t('auth.verifying')}>
        {t('auth.verifySubmit')}
      </SubmitButton>
    </form>
  );
}
