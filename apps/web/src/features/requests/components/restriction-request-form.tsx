import {
  restrictionRequestInputSchema,
  subjectRestrictionGrounds,
  type SubjectRequestSummary,
  type SubjectRestrictionGround,
} from '@oikeus/contracts';
import type { RegisterId } from '@oikeus/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { RadioGroup, TextAreaField } from '../../../components/fields';
import { FormFooter } from './form-footer';
import { RegistersField } from './registers-field';
import { useRequestForm } from './use-submit-form';

/** GDPR Art. 18(1)(a)–(d): the person names the ground. */
export function RestrictionRequestForm({
  onSubmitted,
}: {
  onSubmitted: (r: SubjectRequestSummary) => void;
}) {
  const { t } = useTranslation('requests');
  const { form, isPending, handleSubmit } = useRequestForm(
    'restriction',
    restrictionRequestInputSchema,
    onSubmitted,
  );
  const [registers, setRegisters] = useState<RegisterId[]>(['customer', 'marketing']);
  const [ground, setGround] = useState<SubjectRestrictionGround | ''>('');
  const [explanation, setExplanation] = useState('');
  const labels: Record<string, string> = {
    registers: t('form.registers'),
    ground: t('form.ground'),
    explanation: t('form.explanation'),
  };

  return (
    <form
      id={form.formId}
      noValidate
      className="form"
      onSubmit={(event) =>
        handleSubmit(event, {
          type: 'restriction',
          registers,
          ground: ground === '' ? undefined : ground,
          explanation,
        })
      }
    >
      <ErrorSummary form={form} labelFor={(path) => labels[path]} />
      <RegistersField form={form} values={registers} onChange={setRegisters} />
      <RadioGroup
        form={form}
        path="ground"
        legend={labels.ground}
        value={ground}
        onChange={setGround}
        options={subjectRestrictionGrounds.map((value) => ({
          value,
          label: t(`form.grounds.${value}.label`),
          hint: t(`form.grounds.${value}.hint`),
        }))}
      />
      <TextAreaField
        form={form}
        path="explanation"
        label={labels.explanation}
        hint={t('form.explanationHint')}
        value={explanation}
        onChange={setExplanation}
      />
      <FormFooter isPending={isPending} />
    </form>
  );
}
