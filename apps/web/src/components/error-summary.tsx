import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormFeedback } from '../lib/use-contract-form';

/**
 * The list of problems above a form, each linked to its field (GOV.UK error
 * summary pattern; WCAG 3.3.1). It takes focus when a submit fails.
 */
export function ErrorSummary({
  form,
  labelFor,
}: {
  form: FormFeedback;
  /** The field's visible label, so "Email: enter an address" reads on its own. */
  labelFor?: (path: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const { issues, formError, focusTick } = form;
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusTick > 0) summary.current?.focus();
  }, [focusTick]);

  if (issues.length === 0 && !formError) return null;
  const headingId = `${form.formId}-error-summary`;
  return (
    <div
      className="error-summary"
      ref={summary}
      tabIndex={-1}
      role="alert"
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>{t('form.errorSummaryTitle')}</h2>
      {formError ? (
        <p>
          {formError.message}
          {formError.requestId ? (
            <>
              {' '}
              <span className="hint">
                {t('form.requestIdHint', { requestId: formError.requestId })}
              </span>
            </>
          ) : null}
        </p>
      ) : null}
      {issues.length > 0 ? (
        <ul>
          {issues.map((issue) => {
            const id = form.fieldId(issue.path);
            const label = labelFor?.(issue.path);
            return (
              <li key={issue.path}>
                <a
                  href={`#${id}`}
                  onClick={(event) => {
                    const target = document.getElementById(id);
                    if (!target) return;
                    event.preventDefault();
                    target.scrollIntoView({ block: 'center' });
                    target.focus();
                  }}
                >
                  {label ? `${label}: ${issue.message}` : issue.message}
                </a>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
