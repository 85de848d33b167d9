// Field-level validation for every form: the same zod contract the API uses,
// messages in the person's language, and an error summary that takes focus
// so screen-reader and keyboard users learn at once what to fix.
import { parseLocalized, type ErrorIssue } from '@oikeus/contracts';
import { useCallback, useState } from 'react';
import type { z } from 'zod';
import { isApiError } from './api-error';
import { explainMissingValues } from './explain-missing-values';
import { fieldId } from './field-id';
import { useLocale } from './use-locale';

export interface FormIssues {
  formId: string;
  issues: ErrorIssue[];
  /** A failure that belongs to no field (e.g. rate limited), shown above the form. */
  formError: { message: string; requestId?: string | undefined } | null;
  fieldId: (path: string) => string;
  errorFor: (path: string) => string | undefined;
  /** Parses with the contract; on failure shows the issues and returns undefined. */
  validate: <S extends z.ZodType>(schema: S, values: unknown) => z.output<S> | undefined;
  /** Shows an API failure: field details next to fields, anything else above the form. */
  showError: (error: unknown) => void;
  setIssues: (issues: ErrorIssue[]) => void;
  clear: () => void;
  /** Goes up each time a submit fails, so the error summary takes focus again. */
  focusTick: number;
}

export function useFormIssues(formId: string): FormIssues {
  const locale = useLocale();
  const [issues, setIssuesState] = useState<ErrorIssue[]>([]);
  const [formError, setFormError] = useState<FormIssues['formError']>(null);
  const [focusTick, setFocusTick] = useState(0);

  const setIssues = useCallback((next: ErrorIssue[]) => {
    setIssuesState(next);
    setFormError(null);
    if (next.length > 0) setFocusTick((tick) => tick + 1);
  }, []);

  const validate = useCallback(
    <S extends z.ZodType>(schema: S, values: unknown): z.output<S> | undefined => {
      const result = parseLocalized(schema, values, locale);
      if (result.success) {
        setIssuesState([]);
        setFormError(null);
        return result.data;
      }
      setIssues(dedupeByPath(explainMissingValues(result.issues, values, locale)));
      return undefined;
    },
    [locale, setIssues],
  );

  const showError = useCallback((error: unknown) => {
    if (isApiError(error) && error.details.length > 0) {
      // The field messages say it all; the general one ("check the form") would only repeat.
      setIssuesState(dedupeByPath(error.details));
      setFormError(null);
    } else {
      setIssuesState([]);
      setFormError({
        message: error instanceof Error ? error.message : String(error),
        requestId: isApiError(error) ? error.requestId : undefined,
      });
    }
    setFocusTick((tick) => tick + 1);
  }, []);

  const clear = useCallback(() => {
    setIssuesState([]);
    setFormError(null);
  }, []);

  return {
    formId,
    issues,
    formError,
    fieldId: (path) => fieldId(formId, path),
    errorFor: (path) => issues.find((issue) => issue.path === path)?.message,
    validate,
    showError,
    setIssues,
    clear,
    focusTick,
  };
}

/** One message per field is enough; the first is the most basic problem. */
function dedupeByPath(issues: ErrorIssue[]): ErrorIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    if (seen.has(issue.path)) return false;
    seen.add(issue.path);
    return true;
  });
}
