import { MAX_EXPORT_DOWNLOAD_DAYS, type ConsoleSettings } from '@oikeus/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ErrorSummary } from '../../../components/error-summary';
import { RadioGroup, SingleCheckbox, TextField } from '../../../components/fields';
import { Notice } from '../../../components/notice';
import { SubmitButton } from '../../../components/submit-button';
import { useFormIssues } from '../../../lib/use-form-issues';
import { useUpdateConsoleSettings } from '../api/settings';

type Overdue = ConsoleSettings['reminderSchedule']['overdue'];
const overdueChoices: readonly Overdue[] = ['every_working_day', 'first_working_day', 'never'];

/**
 * When handlers are reminded before the one-month deadline (Art. 12(3)) and
 * how long a released package stays downloadable (Art. 5(1)(e)).
 */
export function SettingsForm({ settings }: { settings: ConsoleSettings }) {
  const { t } = useTranslation('console');
  const form = useFormIssues('settings');
  const update = useUpdateConsoleSettings();
  const schedule = settings.reminderSchedule;
  const [reminderDays, setReminderDays] = useState(schedule.workingDaysBeforeDue.join(', '));
  const [remindOnTargetDate, setRemindOnTargetDate] = useState(schedule.remindOnTargetDate);
  const [overdue, setOverdue] = useState<Overdue | ''>(schedule.overdue);
  const [escalate, setEscalate] = useState(schedule.escalateWhenOverdue);
  const [downloadDays, setDownloadDays] = useState(String(settings.exportDownloadDays));
  const [done, setDone] = useState(false);
  const labels: Record<string, string> = {
    reminderDays: t('housekeeping.settings.reminderDays'),
    overdue: t('housekeeping.settings.overdue'),
    downloadDays: t('housekeeping.settings.downloadDays'),
  };
  // The form's own fields: a list typed as text, a number typed as text.
  const formSchema = z.object({
    reminderDays: z
      .string()
      .regex(/^\s*(\d{1,2}(\s*[,\s]\s*\d{1,2})*)?\s*$/, t('housekeeping.settings.daysInvalid'))
      .transform((text) => (text.match(/\d+/g) ?? []).map(Number))
      .pipe(z.array(z.int().min(1).max(60)).max(10)),
    overdue: z.enum(overdueChoices),
    downloadDays: z.coerce.number().int().min(1).max(MAX_EXPORT_DOWNLOAD_DAYS),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (update.isPending) return;
    setDone(false);
    const values = form.validate(formSchema, {
      reminderDays,
      overdue: overdue === '' ? undefined : overdue,
      downloadDays,
    });
    if (!values) return;
    update.mutate(
      {
        reminderSchedule: {
          workingDaysBeforeDue: values.reminderDays,
          remindOnTargetDate,
          overdue: values.overdue,
          escalateWhenOverdue: escalate,
        },
        exportDownloadDays: values.downloadDays,
      },
      {
        onSuccess: (saved) => {
          setReminderDays(saved.reminderSchedule.workingDaysBeforeDue.join(', '));
          setDone(true);
        },
        onError: form.showError,
      },
    );
  }

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
        value={reminderDays}
        onChange={setReminderDays}
      />
      <SingleCheckbox
        form={form}
        path="remindOnTargetDate"
        label={t('housekeeping.settings.remindOnTargetDate')}
        checked={remindOnTargetDate}
        onChange={setRemindOnTargetDate}
      />
      <RadioGroup
        form={form}
        path="overdue"
        legend={labels.overdue}
        value={overdue}
        onChange={setOverdue}
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
        checked={escalate}
        onChange={setEscalate}
      />
      <TextField
        form={form}
        path="downloadDays"
        label={labels.downloadDays}
        hint={t('housekeeping.settings.downloadDaysHint', { max: MAX_EXPORT_DOWNLOAD_DAYS })}
        inputMode="numeric"
        width="short"
        value={downloadDays}
        onChange={setDownloadDays}
      />
      <SubmitButton isPending={update.isPending}>{t('housekeeping.settings.save')}</SubmitButton>
    </form>
  );
}
