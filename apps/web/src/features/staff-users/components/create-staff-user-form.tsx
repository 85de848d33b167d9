import {
  createStaffUserInputSchema,
  locales,
  staffRoles,
  type Locale,
  type StaffRole,
} from '@oikeus/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { RadioGroup, TextField } from '../../../components/fields';
import { Notice } from '../../../components/notice';
import { SubmitButton } from '../../../components/submit-button';
import { nativeLanguageNames } from '../../../lib/language-names';
import { useFormIssues } from '../../../lib/use-form-issues';
import { useCreateStaffUser } from '../api/create-staff-user';

/** A new staff user with a temporary password the admin hands over in person. */
export function CreateStaffUserForm() {
  const { t } = useTranslation('console');
  const form = useFormIssues('create-staff');
  const create = useCreateStaffUser();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<StaffRole | ''>('handler');
  const [locale, setLocale] = useState<Locale | ''>('fi');
  const [temporaryPassword, setTemporaryPassword] = useState('');
  const [created, setCreated] = useState<string | null>(null);

  const labels: Record<string, string> = {
    email: t('staff.email'),
    name: t('staff.name'),
    role: t('staff.role'),
    locale: t('staff.mailLanguage'),
    temporaryPassword: t('staff.temporaryPassword'),
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    if (create.isPending) return;
    setCreated(null);
    const input = form.validate(createStaffUserInputSchema, {
      email,
      name,
      role: role === '' ? undefined : role,
      locale: locale === '' ? undefined : locale,
      temporaryPassword,
    });
    if (!input) return;
    create.mutate(input, {
      onSuccess: (user) => {
        setCreated(user.name);
        setEmail('');
        setName('');
        setTemporaryPassword('');
      },
      onError: form.showError,
    });
  }

  return (
    <form id={form.formId} noValidate onSubmit={submit} className="form">
      <ErrorSummary form={form} labelFor={(path) => labels[path]} />
      {created ? (
        <Notice tone="success">{t('staff.createdNotice', { name: created })}</Notice>
      ) : null}
      <TextField
        form={form}
        path="name"
        label={labels.name}
        autoComplete="off"
        value={name}
        onChange={setName}
      />
      <TextField
        form={form}
        path="email"
        label={labels.email}
        type="email"
        autoComplete="off"
        spellCheck={false}
        value={email}
        onChange={setEmail}
      />
      <RadioGroup
        form={form}
        path="role"
        legend={labels.role}
        value={role}
        onChange={setRole}
        options={staffRoles.map((value) => ({
          value,
          label: t(`roles.${value}`),
          hint: t(`roleHints.${value}`),
        }))}
      />
      <RadioGroup
        form={form}
        path="locale"
        legend={labels.locale}
        hint={t('staff.mailLanguageHint')}
        value={locale}
        onChange={setLocale}
        options={locales.map((value) => ({
          value,
          label: <span lang={value}>{nativeLanguageNames[value]}</span>,
        }))}
      />
      <TextField
        form={form}
        path="temporaryPassword"
        label={labels.temporaryPassword}
        hint={t('staff.temporaryPasswordHint')}
        type="password"
        autoComplete="new-password"
        value={temporaryPassword}
        onChange={setTemporaryPassword}
      />
      <SubmitButton isPending={create.isPending}>{t('staff.create')}</SubmitButton>
    </form>
  );
}
