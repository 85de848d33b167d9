import {
  MAX_EXPORT_DOWNLOAD_DAYS,
  MAX_IDENTITY_QUESTION_WORKING_DAYS,
  MAX_INACTIVE_CUSTOMER_MONTHS,
  MIN_IDENTITY_QUESTION_WORKING_DAYS,
  MIN_INACTIVE_CUSTOMER_MONTHS,
  type ConsoleSettings,
} from '@oikeus/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { RadioGroup, SingleCheckbox, TextField } from '../../../components/fields';
import { Notice } from '../../../components/notice';
import { SubmitButton } from '../../../components/submit-button';
import { useContractForm } from '../../../lib/use-contract-form';
import { useUpdateConsoleSettings } from '../api/settings';
import { settingsFieldPath, settingsFormSchema } from './settings-form-schema';

type Overdue = ConsoleSettings['reminderSchedule']['overdue'];
const overdueChoices: readonly Overdue[] = ['every_working_day', 'first_working_day', 'never'];

interface SettingsValues {
  reminderDays: string;
  remindOnTargetDate: boolean;
  overdue: Overdue | '';
  escalateWhenOverdue: boolean;
  downloadDays: string;
  inactiveMonths: string;
  identityDays: string;
}

/**
 * When handlers are reminded before the one-month deadline (Art. 12(3)) and
 * how long a released package stays downloadable, and after how long without a
 * service a customer is raised in the register review (Art. 5(1)(e)), and
 * within how many working days an identity question pauses the deadline
 * (Art. 12(6)).
 */
export function SettingsForm({ settings }: { settings: ConsoleSettings }) {
  const { t } = useTranslation('console');
  const schedule = settings.reminderSchedule;
  const form = useContractForm<SettingsValues, ReturnType<typeof settingsFormSchema>>({
    formId: 'settings',
    schema: settingsFormSchema(t('housekeeping.settings.daysInvalid')),
    defaultValues: {
      reminderDays: schedule.workingDaysBeforeDue.join(', '),
      remindOnTargetDate: schedule.remindOnTargetDate,
      overdue: schedule.overdue,
      escalateWhenOverdue: schedule.escalateWhenOverdue,
      downloadDays: String(settings.exportDownloadDays),
      inactiveMonths: String(settings.inactiveCustomerMonths),
      identityDays: String(settings.identityQuestionWorkingDays),
    },
    toInput: ({ overdue, ...rest }) => ({ ...rest, overdue: overdue === '' ? undefined : overdue }),
    toFieldPath: settingsFieldPath,
  });
  const update = useUpdateConsoleSettings();
  const [done, setDone] = useState(false);
  const labels: Record<string, string> = {
    reminderDays: t('housekeeping.settings.reminderDays'),
    overdue: t('housekeeping.settings.overdue'),
    downloadDays: t('housekeeping.settings.downloadDays'),
    inactiveMonths: t('housekeeping.settings.inactiveMonths'),
    identityDays: t('housekeeping.settings.identityDays'),
  };

  const send = form.onSubmit((values) => {
    if (update.isPending) return;
    update.mutate(
      {
        reminderSchedule: {
          workingDaysBeforeDue: values.reminderDays,
          remindOnTargetDate: values.remindOnTargetDate,
          overdue: values.overdue,
          escalateWhenOverdue: values.escalateWhenOverdue,
        },
        exportDownloadDays: values.downloadDays,
        inactiveCustomerMonths: values.inactiveMonths,
        identityQuestionWorkingDays: values.identityDays,
      },
      {
        onSuccess: (saved) => {
          form.methods.setValue(
            'reminderDays',
            saved.reminderSchedule.workingDaysBeforeDue.join(', '),
          );
          setDone(true);
        },
        onError: form.showError,
      },
    );
  });
  // A new attempt clears the last confirmation, whether or not the form is valid.
  const submit = (event: FormEvent) => {
    if (!update.isPending) setDone(false);
    void send(event);
  };
  const remindOnTargetDate = form.bind('remindOnTargetDate');
  const escalate = form.bind('escalateWhenOverdue');

  return (
    <form id={form.formId} noValidate onSubmit={submit} className="form">
      <ErrorSummary form={form} labelFor={(path) => labels[path]} />
      {done ? <Notice tone="success">{t('housekeeping.settings.saved')}</Notice> : null}
      <TextField
        form={form}
        path="reminderDays"
        label={labels.reminderDays}
        hint={t('housekeeping.settings.reminderDaysHint')}
        inputMode="numeric"
        width="medium"
        {...form.bind('reminderDays')}
      />
      <SingleCheckbox
        form={form}
        path="remindOnTargetDate"
        label={t('housekeeping.settings.remindOnTargetDate')}
        checked={remindOnTargetDate.value}
        onChange={remindOnTargetDate.onChange}
      />
      <RadioGroup
        form={form}
        path="overdue"
        legend={labels.overdue}
        {...form.bind('overdue')}
        options={overdueChoices.map((value) => ({
          value,
          label: t(`housekeeping.settings.overdueChoices.${value}`),
        }))}
      />
      <SingleCheckbox
        form={form}
        path="escalateWhenOverdue"
        label={t('housekeeping.settings.escalate')}
        hint={t('housekeeping.settings.escalateHint')}
        checked={escalate.value}
        onChange={escalate.onChange}
      />
      <TextField
        form={form}
        path="downloadDays"
        label={labels.downloadDays}
        hint={t('housekeeping.settings.downloadDaysHint', { max: MAX_EXPORT_DOWNLOAD_DAYS })}
        inputMode="numeric"
        width="short"
        {...form.bind('downloadDays')}
      />
      <TextField
        form={form}
        path="inactiveMonths"
        label={labels.inactiveMonths}
        hint={t('housekeeping.settings.inactiveMonthsHint', {
          min: MIN_INACTIVE_CUSTOMER_MONTHS,
          max: MAX_INACTIVE_CUSTOMER_MONTHS,
        })}
        inputMode="numeric"
        width="short"
        {...form.bind('inactiveMonths')}
      />
      <TextField
        form={form}
        path="identityDays"
        label={labels.identityDays}
        hint={t('housekeeping.settings.identityDaysHint', {
          min: MIN_IDENTITY_QUESTION_WORKING_DAYS,
          max: MAX_IDENTITY_QUESTION_WORKING_DAYS,
        })}
        inputMode="numeric"
        width="short"
        {...form.bind('identityDays')}
      />
      <SubmitButton isPending={update.isPending}>{t('housekeeping.settings.save')}</SubmitButton>
    </form>
  );
}
