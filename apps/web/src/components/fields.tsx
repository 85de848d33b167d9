// Labelled inputs: label tied to the control, hint and error announced with
// it (aria-describedby), aria-invalid on error (WCAG 1.3.1, 3.3.1, 3.3.2).
import type { ChangeEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormFeedback } from '../lib/use-contract-form';

interface FieldBase {
  form: FormFeedback;
  /** Dotted path as in the contract (`email`, `fields.0.newValue`). */
  path: string;
  label: ReactNode;
  hint?: ReactNode;
  isOptional?: boolean;
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function Label({
  htmlFor,
  children,
  isOptional,
}: {
  htmlFor: string;
  children: ReactNode;
  isOptional?: boolean | undefined;
}) {
  const { t } = useTranslation();
  return (
    <label className="field__label" htmlFor={htmlFor}>
      {children}
      {isOptional ? <span className="field__optional"> {t('optional')}</span> : null}
    </label>
  );
}

function HintAndError({
  id,
  hint,
  error,
}: {
  id: string;
  hint?: ReactNode;
  error?: string | undefined;
}) {
  return (
    <>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </>
  );
}

export function TextField({
  form,
  path,
  label,
  hint,
  isOptional,
  value,
  onChange,
  type = 'text',
  autoComplete,
  inputMode,
  width,
  ...rest
}: FieldBase & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'password' | 'search' | 'date' | 'datetime-local';
  autoComplete?: string;
  inputMode?: 'numeric' | 'text' | 'email' | 'tel';
  width?: 'short' | 'medium' | 'full';
  spellCheck?: boolean;
  maxLength?: number;
  lang?: string;
  /** Id of a <datalist> with suggestions. */
  list?: string;
}) {
  const id = form.fieldId(path);
  const error = form.errorFor(path);
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <Label htmlFor={id} isOptional={isOptional}>
        {label}
      </Label>
      <HintAndError id={id} hint={hint} error={error} />
      <input
        id={id}
        name={path}
        className={`input input--${width ?? 'full'}`}
        type={type}
        value={value}
        autoComplete={autoComplete}
        inputMode={inputMode}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
        {...rest}
      />
    </div>
  );
}

export function TextAreaField({
  form,
  path,
  label,
  hint,
  isOptional,
  value,
  onChange,
  rows = 5,
}: FieldBase & { value: string; onChange: (value: string) => void; rows?: number }) {
  const id = form.fieldId(path);
  const error = form.errorFor(path);
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <Label htmlFor={id} isOptional={isOptional}>
        {label}
      </Label>
      <HintAndError id={id} hint={hint} error={error} />
      <textarea
        id={id}
        name={path}
        className="input textarea"
        rows={rows}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

export function SelectField<V extends string>({
  form,
  path,
  label,
  hint,
  isOptional,
  value,
  onChange,
  options,
  placeholder,
}: FieldBase & {
  value: V | '';
  onChange: (value: V | '') => void;
  options: readonly { value: V; label: string }[];
  placeholder?: string;
}) {
  const id = form.fieldId(path);
  const error = form.errorFor(path);
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <Label htmlFor={id} isOptional={isOptional}>
        {label}
      </Label>
      <HintAndError id={id} hint={hint} error={error} />
      <select
        id={id}
        name={path}
        className="input select"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onChange(event.target.value as V | '')}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

interface ChoiceOption<V extends string> {
  value: V;
  label: ReactNode;
  hint?: ReactNode;
}

/** Radio buttons in a fieldset; the first option carries the field id the error summary links to. */
export function RadioGroup<V extends string>({
  form,
  path,
  legend,
  hint,
  value,
  onChange,
  options,
  isLegendHeading = false,
}: Omit<FieldBase, 'label'> & {
  legend: ReactNode;
  value: V | '';
  onChange: (value: V) => void;
  options: readonly ChoiceOption<V>[];
  isLegendHeading?: boolean;
}) {
  const id = form.fieldId(path);
  const error = form.errorFor(path);
  return (
    <fieldset
      className={error ? 'field fieldset field--error' : 'field fieldset'}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend
        className={
          isLegendHeading ? 'fieldset__legend fieldset__legend--heading' : 'fieldset__legend'
        }
      >
        {legend}
      </legend>
      <HintAndError id={id} hint={hint} error={error} />
      <div className="choices">
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}--${option.value}`;
          return (
            <div className="choice" key={option.value}>
              <input
                className="choice__input"
                type="radio"
                id={optionId}
                name={id}
                value={option.value}
                checked={value === option.value}
                aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                onChange={() => onChange(option.value)}
              />
              <label className="choice__label" htmlFor={optionId}>
                {option.label}
              </label>
              {option.hint ? (
                <p className="choice__hint" id={`${optionId}-hint`}>
                  {option.hint}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

export function CheckboxGroup<V extends string>({
  form,
  path,
  legend,
  hint,
  values,
  onChange,
  options,
}: Omit<FieldBase, 'label'> & {
  legend: ReactNode;
  values: readonly V[];
  onChange: (values: V[]) => void;
  options: readonly ChoiceOption<V>[];
}) {
  const id = form.fieldId(path);
  const error = form.errorFor(path);
  function toggle(option: V, isChecked: boolean) {
    const next = isChecked ? [...values, option] : values.filter((v) => v !== option);
    // Keep the options' order so the payload does not depend on click order.
    onChange(options.map((o) => o.value).filter((v) => next.includes(v)));
  }
  return (
    <fieldset
      className={error ? 'field fieldset field--error' : 'field fieldset'}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend className="fieldset__legend">{legend}</legend>
      <HintAndError id={id} hint={hint} error={error} />
      <div className="choices">
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}--${option.value}`;
          return (
            <div className="choice" key={option.value}>
              <input
                className="choice__input"
                type="checkbox"
                id={optionId}
                name={id}
                value={option.value}
                checked={values.includes(option.value)}
                aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                onChange={(event) => toggle(option.value, event.target.checked)}
              />
              <label className="choice__label" htmlFor={optionId}>
                {option.label}
              </label>
              {option.hint ? (
                <p className="choice__hint" id={`${optionId}-hint`}>
                  {option.hint}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

export function SingleCheckbox({
  form,
  path,
  label,
  hint,
  checked,
  onChange,
}: FieldBase & { checked: boolean; onChange: (checked: boolean) => void }) {
  const id = form.fieldId(path);
  const error = form.errorFor(path);
  return (
    <div className={error ? 'field field--error' : 'field'}>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <div className="choice">
        <input
          className="choice__input"
          type="checkbox"
          id={id}
          name={path}
          checked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          onChange={(event) => onChange(event.target.checked)}
        />
        <label className="choice__label" htmlFor={id}>
          {label}
        </label>
        {hint ? (
          <p className="choice__hint" id={`${id}-hint`}>
            {hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}

export function FileField({
  form,
  path,
  label,
  hint,
  isOptional,
  onChange,
  accept,
  inputKey,
}: FieldBase & {
  onChange: (file: File | null) => void;
  accept?: string;
  /** Change it to clear the chosen file after a successful send. */
  inputKey?: number;
}) {
  const id = form.fieldId(path);
  const error = form.errorFor(path);
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <Label htmlFor={id} isOptional={isOptional}>
        {label}
      </Label>
      <HintAndError id={id} hint={hint} error={error} />
      <input
        key={inputKey}
        id={id}
        name={path}
        type="file"
        className="file-input"
        accept={accept}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onChange(event.target.files?.[0] ?? null)}
      />
    </div>
  );
}
