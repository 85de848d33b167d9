import {
  marketingChannels,
  objectionRequestInputSchema,
  type MarketingChannel,
  type SubjectRequestSummary,
} from '@oikeus/contracts';
import type { RegisterId } from '@oikeus/domain';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { CheckboxGroup, TextAreaField } from '../../../components/fields';
import { Notice } from '../../../components/notice';
import { FormFooter } from './form-footer';
import { RegistersField } from './registers-field';
import { optionalText, useRequestForm } from './use-submit-form';

/** GDPR Art. 21(2)–(3): objection to direct marketing is absolute and takes effect at once. */
export function ObjectionRequestForm({
  onSubmitted,
}: {
  onSubmitted: (r: SubjectRequestSummary) => void;
}) {
  const { t } = useTranslation('requests');
  const { t: tc } = useTranslation();
  const { form, isPending, onSubmit } = useRequestForm<
    { channels: MarketingChannel[]; registers: RegisterId[]; note: string },
    typeof objectionRequestInputSchema
  >({
    formId: 'objection',
    schema: objectionRequestInputSchema,
    defaultValues: { channels: [...marketingChannels], registers: ['marketing'], note: '' },
    toInput: ({ channels, registers, note }) => ({
      type: 'objection',
      channels,
      registers,
      note: optionalText(note),
    }),
    onSubmitted,
  });
  const channels = form.bind('channels');
  const labels: Record<string, string> = {
    channels: t('form.channels'),
    registers: t('form.objectionRegisters'),
    note: t('form.note'),
  };

  return (
    <form id={form.formId} noValidate className="form" onSubmit={onSubmit}>
      <ErrorSummary form={form} labelFor={(path) => labels[path]} />
      <Notice tone="info" isLive={false}>
        <p>{t('form.objectionInfo')}</p>
      </Notice>
      <CheckboxGroup
        form={form}
        path="channels"
        legend={labels.channels}
        hint={t('form.channelsHint')}
        values={channels.value}
        onChange={channels.onChange}
        options={marketingChannels.map((value) => ({ value, label: tc(`channel.${value}`) }))}
      />
      <RegistersField
        form={form}
        {...form.bind('registers')}
        legend={labels.registers}
        hint={t('form.objectionRegistersHint')}
      />
      <TextAreaField
        form={form}
        path="note"
        label={labels.note}
        isOptional
        {...form.bind('note')}
      />
      <FormFooter isPending={isPending} />
    </form>
  );
}
