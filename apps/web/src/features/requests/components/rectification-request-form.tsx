import {
  rectificationFields,
  rectificationRequestInputSchema,
  type RectificationField,
  type SubjectRequestSummary,
} from '@oikeus/contracts';
import type { RegisterId } from '@oikeus/domain';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { SelectField, TextAreaField, TextField } from '../../../components/fields';
import { FormFooter } from './form-footer';
import { RegistersField } from './registers-field';
import { optionalText, useRequestForm } from './use-submit-form';

const MAX_ITEMS = 20;

interface Row {
  key: number;
  field: RectificationField | '';
  otherField: string;
  currentValue: string;
  correctValue: string;
}

let rowCounter = 0;
function newRow(): Row {
  rowCounter += 1;
  return { key: rowCounter, field: '', otherField: '', currentValue: '', correctValue: '' };
}

/** GDPR Art. 16: one row per detail to correct. */
export function RectificationRequestForm({
  onSubmitted,
}: {
  onSubmitted: (r: SubjectRequestSummary) => void;
}) {
  const { t } = useTranslation('requests');
  const { t: tc } = useTranslation();
  const { form, isPending, handleSubmit } = useRequestForm(
    'rectification',
    rectificationRequestInputSchema,
    onSubmitted,
  );
  const [registers, setRegisters] = useState<RegisterId[]>(['customer', 'marketing']);
  const [rows, setRows] = useState<Row[]>(() => [newRow()]);
  const [note, setNote] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [focusTarget, setFocusTarget] = useState<string | null>(null);

  useEffect(() => {
    if (focusTarget) document.getElementById(focusTarget)?.focus();
  }, [focusTarget]);

  function update(key: number, patch: Partial<Row>) {
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  }

  function addRow() {
    const row = newRow();
    setRows((current) => [...current, row]);
    setAnnouncement(t('form.itemAdded', { number: rows.length + 1 }));
    setFocusTarget(form.fieldId(`items.${rows.length}.field`));
  }

  function removeRow(key: number) {
    setRows((current) => current.filter((row) => row.key !== key));
    setAnnouncement(t('form.itemRemoved'));
    setFocusTarget(`${form.formId}-add-item`);
  }

  const fieldOptions = rectificationFields.map((value) => ({
    value,
    label: t(`form.itemFieldOption.${value}`),
  }));

  function labelFor(path: string): string | undefined {
    const match = /^items\.(\d+)\.(\w+)$/.exec(path);
    if (match) {
      const [, index = '0', field] = match;
      const fieldLabels: Record<string, string> = {
        field: t('form.itemField'),
        otherField: t('form.itemOtherField'),
        currentValue: t('form.itemCurrentValue'),
        correctValue: t('form.itemCorrectValue'),
      };
      return `${t('form.itemLegend', { number: Number(index) + 1 })}, ${fieldLabels[field ?? ''] ?? ''}`;
    }
    return (
      { registers: t('form.registers'), items: t('form.items'), note: t('form.note') } as Record<
        string,
        string
      >
    )[path];
  }

  function values() {
    return {
      type: 'rectification',
      registers,
      items: rows.map((row) => ({
        field: row.field === '' ? undefined : row.field,
        otherField: row.field === 'other' ? optionalText(row.otherField) : undefined,
        currentValue: optionalText(row.currentValue),
        correctValue: row.correctValue,
      })),
      note: optionalText(note),
    };
  }

  return (
    <form
      id={form.formId}
      noValidate
      className="form"
      onSubmit={(event) => handleSubmit(event, values())}
    >
      <ErrorSummary form={form} labelFor={labelFor} />
      <RegistersField form={form} values={registers} onChange={setRegisters} />
      <h2 id={form.fieldId('items')} tabIndex={-1}>
        {t('form.items')}
      </h2>
      <p className="hint">{t('form.itemsHint')}</p>
      {form.errorFor('items') ? <p className="field__error">{form.errorFor('items')}</p> : null}
      {rows.map((row, index) => {
        const number = index + 1;
        return (
          <fieldset key={row.key} className="row-group">
            <legend className="fieldset__legend">{t('form.itemLegend', { number })}</legend>
            <SelectField
              form={form}
              path={`items.${index}.field`}
              label={t('form.itemField')}
              value={row.field}
              placeholder={tc('form.choose')}
              options={fieldOptions}
              onChange={(field) => update(row.key, { field })}
            />
            {row.field === 'other' ? (
              <TextField
                form={form}
                path={`items.${index}.otherField`}
                label={t('form.itemOtherField')}
                value={row.otherField}
                onChange={(otherField) => update(row.key, { otherField })}
              />
            ) : null}
            <TextField
              form={form}
              path={`items.${index}.currentValue`}
              label={t('form.itemCurrentValue')}
              hint={t('form.itemCurrentValueHint')}
              isOptional
              value={row.currentValue}
              onChange={(currentValue) => update(row.key, { currentValue })}
            />
            <TextField
              form={form}
              path={`items.${index}.correctValue`}
              label={t('form.itemCorrectValue')}
              value={row.correctValue}
              onChange={(correctValue) => update(row.key, { correctValue })}
            />
            {rows.length > 1 ? (
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => removeRow(row.key)}
              >
                {t('form.removeItem', { number })}
              </button>
            ) : null}
          </fieldset>
        );
      })}
      {rows.length < MAX_ITEMS ? (
        <div className="button-row">
          <button
            type="button"
            id={`${form.formId}-add-item`}
            className="button button--secondary"
            onClick={addRow}
          >
            {t('form.addItem')}
          </button>
        </div>
      ) : null}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <TextAreaField
        form={form}
        path="note"
        label={t('form.note')}
        hint={t('form.noteHint')}
        isOptional
        value={note}
        onChange={setNote}
      />
      <FormFooter isPending={isPending} />
    </form>
  );
}
