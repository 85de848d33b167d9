import {
  marketingChannels,
  recordPermissionInputSchema,
  type MarketingChannel,
  type SyncRecordResult,
} from '@oikeus/contracts';
import { RECORD_SOURCES, type RecordSource } from '@oikeus/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary } from '../../../components/error-summary';
import { RadioGroup, SelectField, TextAreaField, TextField } from '../../../components/fields';
import { Notice } from '../../../components/notice';
import { SubmitButton } from '../../../components/submit-button';
import { isApiError } from '../../../lib/api-error';
import { useContractForm } from '../../../lib/use-contract-form';
import { useRecordPermission } from '../api/record-permission';
import { helsinkiWallTime, instantOfHelsinkiWallTime } from './helsinki-wall-time';

interface PermissionValues {
  channel: MarketingChannel | '';
  decision: 'granted' | 'prohibited' | '';
  /** `YYYY-MM-DDTHH:mm`, Helsinki time, as the datetime-local field holds it. */
  decidedAt: string;
  method: RecordSource | '';
  note: string;
}

/**
 * A permission or prohibition the contact gave by phone, letter or otherwise,
 * recorded with the staff member who took it (GDPR Art. 7(1): consent must be
 * demonstrable; Art. 21(3): a prohibition applies at once). A permission for
 * an address on the suppression list is refused with 409.
 */
export function PermissionForm({
  contactId,
  now,
  cancelTo,
  onSaved,
}: {
  contactId: string;
  /** When the form opens: the decision time starts from it. */
  now: Date;
  cancelTo: string;
  onSaved: (result: SyncRecordResult) => void;
}) {
  const { t } = useTranslation('registers');
  const { t: tc } = useTranslation('common');
  const { t: tconsole } = useTranslation('console');
  const form = useContractForm<PermissionValues, typeof recordPermissionInputSchema>({
    formId: 'record-permission',
    schema: recordPermissionInputSchema,
    defaultValues: {
      channel: '',
      decision: '',
      decidedAt: helsinkiWallTime(now),
      method: 'phone',
      note: '',
    },
    toInput: (values) => ({
      channel: values.channel === '' ? undefined : values.channel,
      decision: values.decision === '' ? undefined : values.decision,
      decidedAt: instantOfHelsinkiWallTime(values.decidedAt) ?? values.decidedAt,
      method: values.method === '' ? undefined : values.method,
      note: values.note.trim() === '' ? undefined : values.note,
    }),
  });
  const record = useRecordPermission(contactId);
  const [refusal, setRefusal] = useState<string | null>(null);
  const labels: Record<string, string> = {
    channel: t('permission.channel'),
    decision: t('permission.decision'),
    decidedAt: t('permission.decidedAt'),
    method: t('permission.method'),
    note: t('permission.note'),
  };

  const submit = form.onSubmit((input) => {
    if (record.isPending) return;
    setRefusal(null);
    record.mutate(input, {
      onSuccess: onSaved,
      onError: (error) => {
        // 409: a permission for an address or number on the suppression list (Art. 17, 21(3)).
        if (isApiError(error) && error.code === 'CONFLICT') {
          form.clear();
          setRefusal(error.message);
        } else {
          form.showError(error);
        }
      },
    });
  });

  return (
    <form id={form.formId} noValidate onSubmit={submit} className="form">
      {refusal ? (
        <Notice tone="error" title={t('permission.refusedTitle')}>
          <p>{refusal}</p>
        </Notice>
      ) : null}
      <ErrorSummary form={form} labelFor={(path) => labels[path]} />
      <RadioGroup
        form={form}
        path="channel"
        legend={labels.channel}
        options={marketingChannels.map((value) => ({ value, label: tc(`channel.${value}`) }))}
        {...form.bind('channel')}
      />
      <RadioGroup
        form={form}
        path="decision"
        legend={labels.decision}
        options={(['prohibited', 'granted'] as const).map((value) => ({
          value,
          label: t(`permission.decisions.${value}`),
        }))}
        {...form.bind('decision')}
      />
      <TextField
        form={form}
        path="decidedAt"
        type="datetime-local"
        label={labels.decidedAt}
        hint={t('permission.decidedAtHint')}
        width="medium"
        {...form.bind('decidedAt')}
      />
      <SelectField
        form={form}
        path="method"
        label={labels.method}
        options={RECORD_SOURCES.map((value) => ({
          value,
          label: tconsole(`records.sources.${value}`),
        }))}
        {...form.bind('method')}
      />
      <TextAreaField
        form={form}
        path="note"
        label={labels.note}
        hint={t('permission.noteHint')}
        isOptional
        rows={3}
        {...form.bind('note')}
      />
      <div className="button-row">
        <SubmitButton isPending={record.isPending}>{t('permission.submit')}</SubmitButton>
        <Link to={cancelTo} className="button button--secondary">
          {t('permission.cancel')}
        </Link>
      </div>
    </form>
  );
}
