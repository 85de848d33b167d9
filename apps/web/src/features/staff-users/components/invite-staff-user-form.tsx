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
import { useContractForm } from '../../../lib/use-contract-form';
import { useCreateStaffUser } from '../api/create-staff-user';

interface NewStaffUser {
  email: string;
  name: string;
  role: StaffRole | '';
  locale: Locale | '';
}

/**
 * Invites a new member (issue #19): the mail carries a one-time link, valid
 * 72 hours, to set their own password; the admin never sees one.
 */
export function InviteStaffUserForm() {
  const { t } = useTranslation('console');
  const form = useContractForm<NewStaffUser, typeof createStaffUserInputSchema>({
    formId: 'invite-staff',
    schema: createStaffUserInputSchema,
    defaultValues: { email: '', name: '', role: 'handler', locale: 'fi' },
    toInput: ({ role, locale, ...rest }) => ({
      ...rest,
      role: role === '' ? undefined : role,
      locale: locale === '' ? undefined : locale,
    }),
  });
  const create = useCreateStaffUser();
  const [invited, setInvited] = useState<{ name: string; email: string } | null>(null);

  const labels: Record<string, string> = {
    email: t('staff.email'),
    name: t('staff.name'),
    role: t('staff.role'),
    locale: t('staff.mailLanguage'),
  };

  const send = form.onSubmit((input) => {
    if (create.isPending) return;
    create.mutate(input, {
      onSuccess: (user) => {
        setInvited({ name: user.name, email: user.email });
        for (const field of ['email', 'name'] as const) {
          form.methods.setValue(field, '');
        }
      },
      onError: form.showError,
    });
  });
  // A new attempt clears the last confirmation, whether or not the form is valid.
  const submit = (event: FormEvent) => {
    if (!create.isPending) setInvited(null);
    void send(event);
  };

  return (
    <form id={form.formId} noValidate onSubmit={submit} className="form">
      <ErrorSummary form={form} labelFor={(path) => labels[path]} />
      {invited ? <Notice tone="success">{t('staff.invitedNotice', invited)}</Notice> : null}
      <TextField
        form={form}
        path="name"
        label={labels.name}
        autoComplete="off"
        {...form.bind('name')}
      />
      <TextField
        form={form}
        path="email"
        label={labels.email}
        type="email"
        autoComplete="off"
        spellCheck={false}
        {...form.bind('email')}
      />
      <RadioGroup
        form={form}
        path="role"
        legend={labels.role}
        {...form.bind('role')}
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
        {...form.bind('locale')}
        options={locales.map((value) => ({
          value,
          label: <span lang={value}>{nativeLanguageNames[value]}</span>,
        }))}
      />
      <SubmitButton isPending={create.isPending}>{t('staff.invite')}</SubmitButton>
    </form>
  );
}
