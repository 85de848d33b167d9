import type { WriteResult } from '@oikeus/contracts';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import type { z } from 'zod';
import { ErrorSummary } from '../../../components/error-summary';
import { TextAreaField } from '../../../components/fields';
import { Notice } from '../../../components/notice';
import { SubmitButton } from '../../../components/submit-button';
import { useContractForm } from '../../../lib/use-contract-form';

type BodyInput = { version: number; body: string };

/**
 * One text box that writes on a request: a message to the subject or an
 * internal note. Same validation, version check and feedback for both; only
 * the words and the endpoint differ.
 */
export function ConversationForm({
  formName,
  version,
  schema,
  mutation,
  texts,
  variant,
}: {
  formName: string;
  version: number;
  schema: z.ZodType<BodyInput>;
  mutation: UseMutationResult<WriteResult, Error, BodyInput>;
  texts: { title: string; hint: string; label: string; submit: string; done: string };
  variant: 'primary' | 'secondary';
}) {
  const form = useContractForm<{ body: string }, z.ZodType<BodyInput>>({
    formId: formName,
    schema,
    defaultValues: { body: '' },
    toInput: ({ body }) => ({ version, body }),
  });
  const [done, setDone] = useState(false);

  const submit = form.onSubmit((input) => {
    if (mutation.isPending) return;
    setDone(false);
    mutation.mutate(input, {
      onSuccess: () => {
        form.methods.reset({ body: '' });
        setDone(true);
      },
      onError: form.showError,
    });
  });

  return (
    <form id={form.formId} noValidate onSubmit={submit} className="form subform">
      <h3>{texts.title}</h3>
      <p className="hint">{texts.hint}</p>
      <ErrorSummary form={form} labelFor={(path) => (path === 'body' ? texts.label : undefined)} />
      {done ? <Notice tone="success">{texts.done}</Notice> : null}
      <TextAreaField form={form} path="body" label={texts.label} rows={3} {...form.bind('body')} />
      <SubmitButton isPending={mutation.isPending} variant={variant}>
        {texts.submit}
      </SubmitButton>
    </form>
  );
}
