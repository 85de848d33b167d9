import {
  locales,
  updateStaffAccountInputSchema,
  type Locale,
  type StaffAccount,
} from '@oikeus/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { RadioGroup, TextField } from '../../../components/fields';
import { Notice } from '../../../components/notice';
import { SubmitButton } from '../../../components/submit-button';
import { nativeLanguageNames } from '../../../lib/language-names';
import { useContractForm } from '../../../lib/use-contract-form';
import { useUpdateStaffAccount } from '../api/update-staff-account';

/** The member's own name and the language of the mails they get. */
export function StaffProfileForm({ account }: { account: StaffAccount }) {
  const { t } = useTranslation('console');
  const form = useContractForm<
    { name: string; locale: Locale },
    typeof updateStaffAccountInputSchema
  >({
    formId: 'staff-profile',
    schema: updateStaffAccountInputSchema,
    defaultValues: { name: account.name, locale: account.locale },
  });
  const update = useUpdateStaffAccount();
  const [isSaved, setIsSaved] = useState(false);
  const labels: Record<string, string> = {
    name: t('account.name'),
    locale: t('account.mailLanguage'),
  };
  const send = form.onSubmit((input) => {
    if (update.isPending) return;
    update.mutate(input, { onSuccess: () => setIsSaved(true), onError: form.showError });
  });
  const submit = (event: FormEvent) => {
    setIsSaved(false);
    void send(event);
  };
  return (
    <form id={form.formId} noValidate onSubmit={submit} className="form">
      <ErrorSummary form={form} labelFor={(path) => labels[path]} />
      {isSaved ? <Notice tone="success">{t('account.profileSaved')}</Notice> : null}
      <p>
        {t('account.email')}: <span className="mono">{account.email}</span>
      </p>
      <TextField
        form={form}
        path="name"
        label={labels.name}
        autoComplete="name"
        {...form.bind('name')}
      />
      <RadioGroup
        form={form}
        path="locale"
        legend={labels.locale}
        hint={t('account.mailLanguageHint')}
        {...form.bind('locale')}
        options={locales.map((value) => ({
          value,
          label: <span lang={value}>{nativeLanguageNames[value]}</span>,
        }))}
      />
      <SubmitButton isPending={update.isPending}>{t('account.saveProfile')}</SubmitButton>
    </form>
  );
}
