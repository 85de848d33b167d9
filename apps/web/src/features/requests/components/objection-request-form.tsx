import {
  marketingChannels,
  objectionKinds,
  objectionRequestInputSchema,
  type MarketingChannel,
  type ObjectionKind,
  type SubjectRequestSummary,
} from '@oikeus/contracts';
import type { RegisterId } from '@oikeus/domain';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { CheckboxGroup, RadioGroup, TextAreaField } from '../../../components/fields';
import { Notice } from '../../../components/notice';
import { FormFooter } from './form-footer';
import { RegistersField } from './registers-field';
import { optionalText, useRequestForm } from './use-submit-form';

interface ObjectionValues {
  kind: ObjectionKind;
  channels: MarketingChannel[];
  grounds: string;
  registers: RegisterId[];
  note: string;
}

/**
 * GDPR Art. 21: an objection to direct marketing (21(2)–(3)) is absolute and
 * takes effect at once on the chosen channels; an objection to processing
 * based on our legitimate interests (21(1)) carries the person's grounds, which
 * the handler assesses and answers with reasons.
 */
export function ObjectionRequestForm({
  onSubmitted,
}: {
  onSubmitted: (r: SubjectRequestSummary) => void;
}) {
  const { t } = useTranslation('requests');
  const { t: tc } = useTranslation();
  const { form, isPending, onSubmit } = useRequestForm<
    ObjectionValues,
    typeof objectionRequestInputSchema
  >({
    formId: 'objection',
    schema: objectionRequestInputSchema,
    defaultValues: {
      kind: 'direct_marketing',
      channels: [...marketingChannels],
      grounds: '',
      registers: ['marketing'],
      note: '',
    },
    toInput: ({ kind, channels, grounds, registers, note }) =>
      kind === 'direct_marketing'
        ? { type: 'objection', kind, channels, registers, note: optionalText(note) }
        : {
            type: 'objection',
            kind,
            grounds: optionalText(grounds),
            registers,
            note: optionalText(note),
          },
    onSubmitted,
  });
  const kind = form.bind('kind');
  const channels = form.bind('channels');
  const isMarketing = kind.value === 'direct_marketing';
  const labels: Record<string, string> = {
    kind: t('form.objectionKind'),
    channels: t('form.channels'),
    grounds: t('form.objectionGrounds'),
    registers: t('form.objectionRegisters'),
    note: t('form.note'),
  };

  return (
    <form id={form.formId} noValidate className="form" onSubmit={onSubmit}>
      <ErrorSummary form={form} labelFor={(path) => labels[path]} />
      <RadioGroup
        form={form}
        path="kind"
        legend={labels.kind}
        value={kind.value}
        onChange={(value) => {
          kind.onChange(value);
          // Marketing is kept in the marketing register; other processing mostly in the customer register.
          form.methods.setValue(
            'registers',
            value === 'direct_marketing' ? ['marketing'] : ['customer'],
          );
        }}
        options={objectionKinds.map((value) => ({
          value,
          label: t(`form.objectionKinds.${value}.label`),
          hint: t(`form.objectionKinds.${value}.hint`),
        }))}
      />
      <Notice tone="info" isLive={false}>
        <p>{isMarketing ? t('form.objectionInfo') : t('form.objectionInterestsInfo')}</p>
      </Notice>
      {isMarketing ? (
        <CheckboxGroup
          form={form}
          path="channels"
          legend={labels.channels}
          hint={t('form.channelsHint')}
          values={channels.value}
          onChange={channels.onChange}
          options={marketingChannels.map((value) => ({ value, label: tc(`channel.${value}`) }))}
        />
      ) : (
        <TextAreaField
          form={form}
          path="grounds"
          label={labels.grounds}
          hint={t('form.objectionGroundsHint')}
          {...form.bind('grounds')}
        />
      )}
      <RegistersField
        form={form}
        {...form.bind('registers')}
        legend={labels.registers}
        hint={
          isMarketing ? t('form.objectionRegistersHint') : t('form.objectionInterestsRegistersHint')
        }
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
