import { portabilityRequestInputSchema, type SubjectRequestSummary } from '@oikeus/contracts';
import type { RegisterId } from '@oikeus/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { TextAreaField } from '../../../components/fields';
import { FormFooter } from './form-footer';
import { RegistersField } from './registers-field';
import { optionalText, useRequestForm } from './use-submit-form';

/** GDPR Art. 20: data the person provided, processed on consent or contract, machine-readable. */
export function PortabilityRequestForm({
  onSubmitted,
}: {
  onSubmitted: (r: SubjectRequestSummary) => void;
}) {
  const { t } = useTranslation('requests');
  const { form, isPending, handleSubmit } = useRequestForm(
    'portability',
    portabilityRequestInputSchema,
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
      onSubmit={(event) =>
        handleSubmit(event, { type: 'portability', registers, note: optionalText(note) })
      }
    >
      <ErrorSummary form={form} labelFor={(path) => labels[path]} />
      <p>{t('form.portabilityInfo')}</p>
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
