import {
  restrictionRequestInputSchema,
  subjectRestrictionGrounds,
  type SubjectRequestSummary,
  type SubjectRestrictionGround,
} from '@oikeus/contracts';
import type { RegisterId } from '@oikeus/domain';
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
  const { form, isPending, onSubmit } = useRequestForm<
    { registers: RegisterId[]; ground: SubjectRestrictionGround | ''; explanation: string },
    typeof restrictionRequestInputSchema
  >({
    formId: 'restriction',
    schema: restrictionRequestInputSchema,
    defaultValues: { registers: ['customer', 'marketing'], ground: '', explanation: '' },
    toInput: ({ registers, ground, explanation }) => ({
      type: 'restriction',
      registers,
      ground: ground === '' ? undefined : ground,
      explanation,
    }),
    onSubmitted,
  });
  const labels: Record<string, string> = {
    registers: t('form.registers'),
    ground: t('form.ground'),
    explanation: t('form.explanation'),
  };

  return (
    <form id={form.formId} noValidate className="form" onSubmit={onSubmit}>
      <ErrorSummary form={form} labelFor={(path) => labels[path]} />
      <RegistersField form={form} {...form.bind('registers')} />
      <RadioGroup
        form={form}
        path="ground"
        legend={labels.ground}
        {...form.bind('ground')}
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
        {...form.bind('explanation')}
      />
      <FormFooter isPending={isPending} />
    </form>
  );
}
