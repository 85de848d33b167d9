// Every form of the app on react-hook-form, validated by the same zod
// contract the API uses (@hookform/resolvers/zod), with messages in the
// person's language and an error summary that takes focus when a submit
// fails, so screen-reader and keyboard users learn at once what to fix
// (GOV.UK error summary pattern; WCAG 3.3.1).
import { zodErrorMap, translateValidationMessage, type ErrorIssue } from '@oikeus/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useState, type BaseSyntheticEvent } from 'react';
import {
  set,
  useForm,
  useWatch,
  type DefaultValues,
  type FieldErrors,
  type FieldPath,
  type FieldValues,
  type PathValue,
  type Resolver,
  type UseFormReturn,
} from 'react-hook-form';
import type { z } from 'zod';
import { isApiError } from './api-error';
import { explainMissingValues } from './explain-missing-values';
import { fieldId } from './field-id';
import { useLocale } from './use-locale';

/** What the error summary and the labelled fields read from a form. */
export interface FormFeedback {
  formId: string;
  issues: ErrorIssue[];
  /** A failure that belongs to no field (e.g. rate limited), shown above the form. */
  formError: { message: string; requestId?: string | undefined } | null;
  fieldId: (path: string) => string;
  errorFor: (path: string) => string | undefined;
  /** Goes up each time a submit fails, so the error summary takes focus again. */
  focusTick: number;
}

export interface ContractForm<TValues extends FieldValues, TOutput> extends FormFeedback {
  methods: UseFormReturn<TValues, unknown, TOutput>;
  /** Value and change handler of one field, for the controlled inputs in components/fields. */
  bind: <N extends FieldPath<TValues>>(
    name: N,
  ) => { value: PathValue<TValues, N>; onChange: (value: PathValue<TValues, N>) => void };
  /** The form's onSubmit: validates with the contract, then calls `onValid` with its output. */
  onSubmit: (
    onValid: (output: TOutput) => unknown,
  ) => (event?: BaseSyntheticEvent) => Promise<unknown>;
  /** Shows an API failure: field details next to fields, anything else above the form. */
  showError: (error: unknown) => void;
  /** Shows issues found outside the contract (e.g. a cross-field check of the page). */
  setIssues: (issues: ErrorIssue[]) => void;
  clear: () => void;
}

/** The issues of a react-hook-form error tree, one per dotted path, in tree order. */
export function flattenErrors(errors: FieldErrors, prefix = ''): ErrorIssue[] {
  const out: ErrorIssue[] = [];
  for (const [key, node] of Object.entries(errors)) {
    if (node === undefined || node === null || key === 'ref') continue;
    const path = key === 'root' ? prefix : prefix === '' ? key : `${prefix}.${key}`;
    if (typeof node === 'object' && typeof (node as { message?: unknown }).message === 'string') {
      out.push({ path, message: (node as { message: string }).message });
    }
    if (typeof node === 'object') {
      const rest = Object.fromEntries(
        Object.entries(node as object).filter(
          ([k]) => !['message', 'type', 'types', 'ref'].includes(k),
        ),
      ) as FieldErrors;
      out.push(...flattenErrors(rest, path));
    }
  }
  return dedupeByPath(out);
}

/** Contract paths moved onto the fields they belong to, one message per field. */
function onFields(issues: ErrorIssue[], toFieldPath: (path: string) => string): ErrorIssue[] {
  return dedupeByPath(issues.map((issue) => ({ ...issue, path: toFieldPath(issue.path) })));
}

const samePath = (path: string) => path;

/** One message per field is enough; the first is the most basic problem. */
function dedupeByPath(issues: ErrorIssue[]): ErrorIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    if (seen.has(issue.path)) return false;
    seen.add(issue.path);
    return true;
  });
}

export function useContractForm<TValues extends FieldValues, S extends z.ZodType>({
  formId,
  schema,
  defaultValues,
  toInput,
  toFieldPath = samePath,
}: {
  formId: string;
  /**
   * The contract the API checks too, or a form schema built from its field
   * schemas where a field is typed differently (a list typed as one line).
   */
  schema: S;
  defaultValues: DefaultValues<TValues>;
  /** From what the fields hold to the contract's input (blank optional text left out…). */
  toInput?: (values: TValues) => unknown;
  /**
   * The field a contract path belongs to, where the fields are not shaped
   * like the contract; the API's details carry the contract's paths.
   */
  toFieldPath?: (inputPath: string) => string;
}): ContractForm<TValues, z.output<S>> {
  const locale = useLocale();
  const [formError, setFormError] = useState<FormFeedback['formError']>(null);
  const [focusTick, setFocusTick] = useState(0);

  // useForm takes its options afresh on every render, so the resolver sees
  // the current language and mapping.
  const resolver: Resolver<TValues, unknown, z.output<S>> = async (values, context, options) => {
    const input = toInput ? toInput(values) : values;
    // The contract is any zod schema; the resolver is typed for form values it cannot know.
    const base = zodResolver(schema as z.ZodType<z.output<S>, FieldValues>, {
      error: zodErrorMap(locale),
    });
    const result = await base(input as FieldValues, context, options as never);
    const issues = flattenErrors(result.errors);
    if (issues.length === 0) return { values: result.values as z.output<S>, errors: {} };
    const localised = explainMissingValues(
      issues.map((issue) => ({
        ...issue,
        message: translateValidationMessage(issue.message, locale),
      })),
      input,
      locale,
    );
    const errors: FieldErrors<TValues> = {};
    for (const issue of onFields(localised, toFieldPath)) {
      set(errors, issue.path === '' ? 'root' : issue.path, {
        type: 'validate',
        message: issue.message,
      });
    }
    return { values: {}, errors };
  };

  const methods = useForm<TValues, unknown, z.output<S>>({
    defaultValues,
    resolver,
    // The error summary takes focus (and links to each field), not the first field.
    shouldFocusError: false,
    // As before: fields are checked when the person sends the form, not while they type.
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });
  const issues = flattenErrors(methods.formState.errors);
  const { setError, clearErrors, handleSubmit, getValues, setValue, control } = methods;
  // Re-render on every change, so `bind` hands the inputs their current values.
  useWatch({ control });

  const setIssues = useCallback(
    (next: ErrorIssue[]) => {
      clearErrors();
      setFormError(null);
      for (const issue of dedupeByPath(next)) {
        setError((issue.path === '' ? 'root' : issue.path) as FieldPath<TValues>, {
          type: 'server',
          message: issue.message,
        });
      }
      if (next.length > 0) setFocusTick((tick) => tick + 1);
    },
    [clearErrors, setError],
  );

  const showError = useCallback(
    (error: unknown) => {
      clearErrors();
      if (isApiError(error) && error.details.length > 0) {
        // The field messages say it all; the general one ("check the form") would only repeat.
        setFormError(null);
        for (const issue of onFields(error.details, toFieldPath)) {
          setError((issue.path === '' ? 'root' : issue.path) as FieldPath<TValues>, {
            type: 'server',
            message: issue.message,
          });
        }
      } else {
        setFormError({
          message: error instanceof Error ? error.message : String(error),
          requestId: isApiError(error) ? error.requestId : undefined,
        });
      }
      setFocusTick((tick) => tick + 1);
    },
    [clearErrors, setError, toFieldPath],
  );

  const clear = useCallback(() => {
    clearErrors();
    setFormError(null);
  }, [clearErrors]);

  return {
    methods,
    formId,
    issues,
    formError,
    focusTick,
    fieldId: (path) => fieldId(formId, path),
    errorFor: (path) => issues.find((issue) => issue.path === path)?.message,
    bind: (name) => ({
      value: getValues(name),
      onChange: (value) => setValue(name, value, { shouldDirty: true }),
    }),
    onSubmit: (onValid) =>
      handleSubmit(
        (output) => {
          setFormError(null);
          return onValid(output);
        },
        () => setFocusTick((tick) => tick + 1),
      ),
    showError,
    setIssues,
    clear,
  };
}
