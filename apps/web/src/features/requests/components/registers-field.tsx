import { registerIds } from '@oikeus/contracts';
import type { RegisterId } from '@oikeus/domain';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '../../../components/fields';
import type { FormFeedback } from '../../../lib/use-contract-form';

/** Which of Inope Oy's two registers the request is about (DESIGN.md: one or both). */
export function RegistersField({
  form,
  value,
  onChange,
  legend,
  hint,
}: {
  form: FormFeedback;
  value: RegisterId[];
  onChange: (values: RegisterId[]) => void;
  legend?: string;
  hint?: string;
}) {
  const { t } = useTranslation('requests');
  const { t: tc } = useTranslation();
  const hints: Record<RegisterId, string> = {
    customer: t('form.customerRegisterHint'),
    marketing: t('form.marketingRegisterHint'),
  };
  return (
    <CheckboxGroup
      form={form}
      path="registers"
      legend={legend ?? t('form.registers')}
      hint={hint ?? t('form.registersHint')}
      values={value}
      onChange={onChange}
      options={registerIds.map((id) => ({
        value: id,
        label: tc(`register.${id}`),
        hint: hints[id],
      }))}
    />
  );
}
