import { erasureRequestInputSchema, type SubjectRequestSummary } from '@oikeus/contracts';
import type { RegisterId } from '@oikeus/domain';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { TextAreaField } from '../../../components/fields';
import { Notice } from '../../../components/notice';
import { FormFooter } from './form-footer';
import { RegistersField } from './registers-field';
import { optionalText, useRequestForm } from './use-submit-form';

interface Values {
  registers: RegisterId[];
  reason: string;
}

/** GDPR Art. 17; 17(3)(b) keeps what the law requires (accounting vouchers). */
export function ErasureRequestForm({
  onSubmitted,
}: {
  onSubmitted: (r: SubjectRequestSummary) => void;
}) {
  const { t } = useTranslation('requests');
  const { form, isPending, onSubmit } = useRequestForm<Values, typeof erasureRequestInputSchema>({
    formId: 'erasure',
    schema: erasureRequestInputSchema,
    defaultValues: { registers: ['customer', 'marketing'], reason: '' },
    toInput: (values) => ({
      type: 'erasure',
      registers: values.registers,
      reason: optionalText(values.reason),
    }),
    onSubmitted,
  });
  const labels: Record<string, string> = {
    registers: t('form.registers'),
    reason: t('form.erasureReason'),
  };

  return (
    <form id={form.formId} noValidate className="form" onSubmit={onSubmit}>
      <ErrorSummary form={form} labelFor={(path) => labels[path]} />
      <Notice tone="info" isLive={false}>
        <p>{t('form.erasureInfo')}</p>
      </Notice>
      <RegistersField form={form} {...form.bind('registers')} />
      <TextAreaField
        form={form}
        path="reason"
        label={labels.reason}
        hint={t('form.erasureReasonHint')}
        isOptional
        {...form.bind('reason')}
      />
      <FormFooter isPending={isPending} />
    </form>
  );
}
