import {
  accessRequestInputSchema,
  portabilityRequestInputSchema,
  type SubjectRequestSummary,
} from '@oikeus/contracts';
import type { RegisterId } from '@oikeus/domain';
import { useState } from 'react';
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
  const { form, isPending, handleSubmit } = useRequestForm(
    type,
    variants[type].schema,
    onSubmitted,
  );
  const [registers, setRegisters] = useState<RegisterId[]>(['customer', 'marketing']);
  const [note, setNote] = useState('');
  const labels: Record<string, string> = { registers: t('form.registers'), note: t('form.note') };

  return (
    <form
      id={form.formId}
      noValidate
      className="form"
      onSubmit={(event) => handleSubmit(event, { type, registers, note: optionalText(note) })}
    >
      <ErrorSummary form={form} labelFor={(path) => labels[path]} />
      <p>{t(variants[type].info)}</p>
      <RegistersField form={form} values={registers} onChange={setRegisters} />
      <TextAreaField
        form={form}
        path="note"
        label={labels.note}
        hint={t('form.noteHint')}
        isOptional
        value={note}
        onChange={setNote}
      />
      <FormFooter isPending={isPending} />
    </form>
  );
}
