import type { SubjectRequestSummary, SubmitRequestInput } from '@oikeus/contracts';
import type { FormEvent } from 'react';
import type { z } from 'zod';
import { useFormIssues } from '../../../lib/use-form-issues';
import { useSubmitRequest } from '../api/submit-request';

/** What every request form shares: validate with its contract, submit, report errors. */
export function useRequestForm<S extends z.ZodType<SubmitRequestInput>>(
  formId: string,
  schema: S,
  onSubmitted: (request: SubjectRequestSummary) => void,
) {
  const form = useFormIssues(formId);
  const submit = useSubmitRequest();
  function handleSubmit(event: FormEvent, values: unknown) {
    event.preventDefault();
    if (submit.isPending) return;
    const input = form.validate(schema, values);
    if (input === undefined) return;
    submit.mutate(input, { onSuccess: onSubmitted, onError: form.showError });
  }
  return { form, isPending: submit.isPending, handleSubmit };
}

/** Optional free text is left out when blank rather than sent empty. */
export function optionalText(value: string): string | undefined {
  return value.trim() === '' ? undefined : value;
}
