import type { SubjectRequestSummary, SubmitRequestInput } from '@oikeus/contracts';
import type { DefaultValues, FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { useContractForm } from '../../../lib/use-contract-form';
import { useSubmitRequest } from '../api/submit-request';

/** What every request form shares: fields on react-hook-form, checked with the right's contract, submitted, errors shown. */
export function useRequestForm<
  TValues extends FieldValues,
  S extends z.ZodType<SubmitRequestInput>,
>({
  formId,
  schema,
  defaultValues,
  toInput,
  onSubmitted,
}: {
  formId: string;
  schema: S;
  defaultValues: DefaultValues<TValues>;
  toInput: (values: TValues) => unknown;
  onSubmitted: (request: SubjectRequestSummary) => void;
}) {
  const form = useContractForm<TValues, S>({ formId, schema, defaultValues, toInput });
  const submit = useSubmitRequest();
  const onSubmit = form.onSubmit((input) => {
    if (submit.isPending) return;
    submit.mutate(input, { onSuccess: onSubmitted, onError: form.showError });
  });
  return { form, isPending: submit.isPending, onSubmit };
}

/** Optional free text is left out when blank rather than sent empty. */
export function optionalText(value: string): string | undefined {
  return value.trim() === '' ? undefined : value;
}
