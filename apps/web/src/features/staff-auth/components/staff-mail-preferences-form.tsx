import {
  staffMailScopes,
  updateStaffAccountInputSchema,
  type StaffAccount,
  type StaffMailPreferences,
  type StaffMailScope,
} from '@oikeus/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { RadioGroup, SingleCheckbox } from '../../../components/fields';
import { Notice } from '../../../components/notice';
import { SubmitButton } from '../../../components/submit-button';
import { useContractForm } from '../../../lib/use-contract-form';
import { useUpdateStaffAccount } from '../api/update-staff-account';

const kinds = ['newRequests', 'messages', 'reminders'] as const;

/**
 * Which staff mails the member gets (issue #19): for new requests, the
 * person's messages and deadline reminders, all / own / none; and the digest.
 */
export function StaffMailPreferencesForm({ account }: { account: StaffAccount }) {
  const { t } = useTranslation('console');
  const form = useContractForm<StaffMailPreferences, typeof updateStaffAccountInputSchema>({
    formId: 'staff-mail',
    schema: updateStaffAccountInputSchema,
    defaultValues: account.mailPreferences,
    toInput: (mailPreferences) => ({ mailPreferences }),
    toFieldPath: (path) => path.replace(/^mailPreferences\.?/, ''),
  });
  const update = useUpdateStaffAccount();
  const [isSaved, setIsSaved] = useState(false);
  const labels: Record<string, string> = {
    newRequests: t('account.mailKinds.newRequests'),
    messages: t('account.mailKinds.messages'),
    reminders: t('account.mailKinds.reminders'),
    digest: t('account.digestLabel'),
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
      {isSaved ? <Notice tone="success">{t('account.mailSaved')}</Notice> : null}
      {account.isContactPerson ? (
        <Notice tone="info" isLive={false}>
          <p>{t('account.mailContactHint')}</p>
        </Notice>
      ) : null}
      {account.hasChosenMailPreferences ? null : (
        <p className="hint">{t('account.mailDefaultsHint')}</p>
      )}
      {kinds.map((kind) => (
        <RadioGroup<StaffMailScope>
          key={kind}
          form={form}
          path={kind}
          legend={labels[kind]}
          hint={t(`account.mailKindHints.${kind}`)}
          {...form.bind(kind)}
          options={staffMailScopes.map((scope) => ({
            value: scope,
            label: t(`account.mailScopes.${scope}`),
          }))}
        />
      ))}
      <SingleCheckbox
        form={form}
        path="digest"
        label={labels.digest}
        hint={t('account.digestHint')}
        checked={form.bind('digest').value}
        onChange={form.bind('digest').onChange}
      />
      <SubmitButton isPending={update.isPending}>{t('account.saveMail')}</SubmitButton>
    </form>
  );
}
