import {
  accessRequestInputSchema,
  portabilityRequestInputSchema,
  type SubjectRequestSummary,
} from '@oikeus/contracts';
import type { RegisterId } from '@oikeus/domain';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { TextAreaField } from '../../../components/fields';
import { FormFooter } from './form-footer';
import { RegistersField } from './registers-field';
import { optionalText, useRequestForm } from './use-submit-form';

/**
 * The two rights whose only choice is which registers: GDPR Art. 15 (a copy
 * of the data and the information of 15(1)(a)–(h)) and Art. 20 (data the
 * person provided, processed on consent or contract, machine-readable).
 */
const variants = {
  access: { schema: accessRequestInputSchema, info: 'form.accessInfo' },
  portability: { schema: portabilityRequestInputSchema, info: 'form.portabilityInfo' },
} as const;

export function RegistersRequestForm({
  type,
  onSubmitted,
}: {
  type: keyof typeof variants;
  onSubmitted: (r: SubjectRequestSummary) => void;
}) {
  const { t } = useTranslation('requests');
  const { form, isPending, onSubmit } = useRequestForm<
    { registers: RegisterId[]; note: string },
    (typeof variants)[keyof typeof variants]['schema']
  >({
    formId: type,
    schema: variants[type].schema,
    defaultValues: { registers: ['customer', 'marketing'], note: '' },
    toInput: (values) => ({ type, registers: values.registers, note: optionalText(values.note) }),
    onSubmitted,
  });
  const labels: Record<string, string> = { registers: t('form.registers'), note: t('form.note') };

  return (
    <form id={form.formId} noValidate className="form" onSubmit={onSubmit}>
      <ErrorSummary form={form} labelFor={(path) => labels[path]} />
      <p>{t(variants[type].info)}</p>
      <RegistersField form={form} {...form.bind('registers')} />
      <TextAreaField
        form={form}
        path="note"
        label={labels.note}
        hint={t('form.noteHint')}
        isOptional
        {...form.bind('note')}
      />
      <FormFooter isPending={isPending} />
    </form>
  );
}
