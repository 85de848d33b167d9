import {
  rectificationFields,
  rectificationRequestInputSchema,
  type RectificationField,
  type SubjectRequestSummary,
} from '@oikeus/contracts';
import type { RegisterId } from '@oikeus/domain';
import { useEffect, useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { SelectField, TextAreaField, TextField } from '../../../components/fields';
import { FormFooter } from './form-footer';
import { RegistersField } from './registers-field';
import { optionalText, useRequestForm } from './use-submit-form';

const MAX_ITEMS = 20;

interface Row {
  field: RectificationField | '';
  otherField: string;
  currentValue: string;
  correctValue: string;
}

interface Values {
  registers: RegisterId[];
  items: Row[];
  note: string;
}

const emptyRow: Row = { field: '', otherField: '', currentValue: '', correctValue: '' };

function toInput({ registers, items, note }: Values) {
  return {
    type: 'rectification',
    registers,
    items: items.map((row) => ({
      field: row.field === '' ? undefined : row.field,
      otherField: row.field === 'other' ? optionalText(row.otherField) : undefined,
      currentValue: optionalText(row.currentValue),
      correctValue: row.correctValue,
    })),
    note: optionalText(note),
  };
}

/** GDPR Art. 16: one row per detail to correct. */
export function RectificationRequestForm({
  onSubmitted,
}: {
  onSubmitted: (r: SubjectRequestSummary) => void;
}) {
  const { t } = useTranslation('requests');
  const { t: tc } = useTranslation();
  const { form, isPending, onSubmit } = useRequestForm<
    Values,
    typeof rectificationRequestInputSchema
  >({
    formId: 'rectification',
    schema: rectificationRequestInputSchema,
    defaultValues: { registers: ['customer', 'marketing'], items: [emptyRow], note: '' },
    toInput,
    onSubmitted,
  });
  // One row per detail to correct; `id` keeps each row's inputs when another is removed.
  const rows = useFieldArray({ control: form.methods.control, name: 'items' });
  const [announcement, setAnnouncement] = useState('');
  const [focusTarget, setFocusTarget] = useState<string | null>(null);

  useEffect(() => {
    if (focusTarget) document.getElementById(focusTarget)?.focus();
  }, [focusTarget]);

  function addRow() {
    const count = rows.fields.length;
    // Focus is moved by the effect above, to the new row's first field.
    rows.append({ ...emptyRow }, { shouldFocus: false });
    setAnnouncement(t('form.itemAdded', { number: count + 1 }));
    setFocusTarget(form.fieldId(`items.${count}.field`));
  }

  function removeRow(index: number) {
    rows.remove(index);
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

  return (
    <form id={form.formId} noValidate className="form" onSubmit={onSubmit}>
      <ErrorSummary form={form} labelFor={labelFor} />
      <RegistersField form={form} {...form.bind('registers')} />
      <h2 id={form.fieldId('items')} tabIndex={-1}>
        {t('form.items')}
      </h2>
      <p className="hint">{t('form.itemsHint')}</p>
      {form.errorFor('items') ? <p className="field__error">{form.errorFor('items')}</p> : null}
      {rows.fields.map((row, index) => {
        const number = index + 1;
        const field = form.bind(`items.${index}.field`);
        return (
          <fieldset key={row.id} className="row-group">
            <legend className="fieldset__legend">{t('form.itemLegend', { number })}</legend>
            <SelectField
              form={form}
              path={`items.${index}.field`}
              label={t('form.itemField')}
              value={field.value}
              placeholder={tc('form.choose')}
              options={fieldOptions}
              onChange={field.onChange}
            />
            {field.value === 'other' ? (
              <TextField
                form={form}
                path={`items.${index}.otherField`}
                label={t('form.itemOtherField')}
                {...form.bind(`items.${index}.otherField`)}
              />
            ) : null}
            <TextField
              form={form}
              path={`items.${index}.currentValue`}
              label={t('form.itemCurrentValue')}
              hint={t('form.itemCurrentValueHint')}
              isOptional
              {...form.bind(`items.${index}.currentValue`)}
            />
            <TextField
              form={form}
              path={`items.${index}.correctValue`}
              label={t('form.itemCorrectValue')}
              {...form.bind(`items.${index}.correctValue`)}
            />
            {rows.fields.length > 1 ? (
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => removeRow(index)}
              >
                {t('form.removeItem', { number })}
              </button>
            ) : null}
          </fieldset>
        );
      })}
      {rows.fields.length < MAX_ITEMS ? (
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
        {...form.bind('note')}
      />
      <FormFooter isPending={isPending} />
    </form>
  );
}
