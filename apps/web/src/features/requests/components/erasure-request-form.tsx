import { erasureRequestInputSchema, type SubjectRequestSummary } from '@oikeus/contracts';
import type { RegisterId } from '@oikeus/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { TextAreaField } from '../../../components/fields';
import { Notice } from '../../../components/notice';
import { FormFooter } from './form-footer';
import { RegistersField } from './registers-field';
import { optionalText, useRequestForm } from './use-submit-form';

/** GDPR Art. 17; 17(3)(b) keeps what the law requires (accounting vouchers). */
export function ErasureRequestForm({
  onSubmitted,
}: {
  onSubmitted: (r: SubjectRequestSummary) => void;
}) {
  const { t } = useTranslation('requests');
  const { form, isPending, handleSubmit } = useRequestForm(
    'erasure',
    erasureRequestInputSchema,
    onSubmitted,
  );
  const [registers, setRegisters] = useState<RegisterId[]>(['customer', 'marketing']);
  const [reason, setReason] = useState('');
  const labels: Record<string, string> = {
    registers: t('form.registers'),
    reason: t('form.erasureReason'),
  };

  return (
    <form
      id={form.formId}
      noValidate
      className="form"
      onSubmit={(event) =>
        handleSubmit(event, { type: 'erasure', registers, reason: optionalText(reason) })
      }
    >
      <ErrorSummary form={form} labelFor={(path) => labels[path]} />
      <Notice tone="info" isLive={false}>
        <p>{t('form.erasureInfo')}</p>
      </Notice>
      <RegistersField form={form} values={registers} onChange={setRegisters} />
      <TextAreaField
        form={form}
        path="reason"
        label={labels.reason}
        hint={t('form.erasureReasonHint')}
        isOptional
        value={reason}
        onChange={setReason}
      />
      <FormFooter isPending={isPending} />
    </form>
  );
}
