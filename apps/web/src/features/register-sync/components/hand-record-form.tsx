import {
  consoleCustomerInputSchema,
  consoleMarketingContactInputSchema,
  type ConsoleRecordWriteResult,
  type LinkableRecordType,
} from '@oikeus/contracts';
import { RECORD_SOURCES } from '@oikeus/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary } from '../../../components/error-summary';
import { SelectField, TextField } from '../../../components/fields';
import { Notice } from '../../../components/notice';
import { SubmitButton } from '../../../components/submit-button';
import { isApiError } from '../../../lib/api-error';
import { useContractForm } from '../../../lib/use-contract-form';
import { useSaveRecordByHand } from '../api/save-record-by-hand';
import {
  handFields,
  requiredHandFields,
  toHandInput,
  type HandField,
  type HandRecordValues,
} from './hand-record-values';

const schemas = {
  customer: consoleCustomerInputSchema,
  marketing_contact: consoleMarketingContactInputSchema,
} as const;

const dateFields: ReadonlySet<HandField> = new Set<HandField>([
  'relationshipStartedOn',
  'relationshipEndedOn',
  'lastActivityOn',
]);

/**
 * A customer or marketing contact added or edited by hand. The source is
 * required (GDPR Art. 14(2)(f), 15(1)(g)); the API checks the same contract,
 * refuses an erased record or a missing customer with 409, and audits the save.
 */
export function HandRecordForm({
  recordType,
  recordId,
  initialValues,
  cancelTo,
  onSaved,
}: {
  recordType: LinkableRecordType;
  /** Editing: the record's id. Adding: null. */
  recordId: string | null;
  initialValues: HandRecordValues;
  cancelTo: string;
  onSaved: (result: ConsoleRecordWriteResult) => void;
}) {
  const { t } = useTranslation('registers');
  const { t: tconsole } = useTranslation('console');
  const form = useContractForm<HandRecordValues, (typeof schemas)[LinkableRecordType]>({
    formId: recordId ? 'edit-record' : 'new-record',
    schema: schemas[recordType],
    defaultValues: initialValues,
    toInput: (values) => toHandInput(recordType, values),
  });
  const save = useSaveRecordByHand(recordType, recordId);
  const [refusal, setRefusal] = useState<string | null>(null);
  const labelFor = (path: string) =>
    (handFields[recordType] as readonly string[]).includes(path)
      ? t(`form.fields.${path as HandField}`)
      : undefined;

  const submit = form.onSubmit((input) => {
    if (save.isPending) return;
    setRefusal(null);
    save.mutate(input, {
      onSuccess: onSaved,
      onError: (error) => {
        // 409: the register refused the record (erased earlier, or the customer it names is not held).
        if (isApiError(error) && error.code === 'CONFLICT') {
          form.clear();
          setRefusal(error.message);
        } else {
          form.showError(error);
        }
      },
    });
  });

  return (
    <form id={form.formId} noValidate onSubmit={submit} className="form">
      {refusal ? (
        <Notice tone="error" title={t('form.refusedTitle')}>
          <p>{refusal}</p>
        </Notice>
      ) : null}
      <ErrorSummary form={form} labelFor={labelFor} />
      {handFields[recordType].map((field) =>
        field === 'source' ? (
          <SelectField
            key={field}
            form={form}
            path={field}
            label={t('form.fields.source')}
            hint={t('form.hints.source')}
            placeholder={t('form.chooseSource')}
            options={RECORD_SOURCES.map((value) => ({
              value,
              label: tconsole(`records.sources.${value}`),
            }))}
            {...form.bind('source')}
          />
        ) : (
          <TextField
            key={field}
            form={form}
            path={field}
            label={t(`form.fields.${field}`)}
            hint={hintFor(field, t)}
            isOptional={!requiredHandFields.has(field)}
            type={field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'text'}
            // Staff type other people's details: the browser must not offer their own.
            autoComplete="off"
            spellCheck={field === 'email' || field === 'customerExternalId' ? false : undefined}
            width={
              field === 'postalCode' || field === 'country'
                ? 'short'
                : dateFields.has(field)
                  ? 'medium'
                  : 'full'
            }
            {...form.bind(field)}
          />
        ),
      )}
      <div className="button-row">
        <SubmitButton isPending={save.isPending}>
          {recordId ? t('form.save') : t('form.add')}
        </SubmitButton>
        <Link to={cancelTo} className="button button--secondary">
          {t('form.cancel')}
        </Link>
      </div>
    </form>
  );
}

function hintFor(
  field: Exclude<HandField, 'source'>,
  t: ReturnType<typeof useTranslation<'registers'>>['t'],
): string | undefined {
  switch (field) {
    case 'relationshipStartedOn':
    case 'relationshipEndedOn':
      return t('form.hints.date');
    case 'lastActivityOn':
      return t('form.hints.lastActivityOn');
    case 'phone':
      return t('form.hints.phone');
    case 'country':
      return t('form.hints.country');
    case 'customerExternalId':
      return t('form.hints.customerExternalId');
    case 'sourceDetail':
      return t('form.hints.sourceDetail');
    default:
      return undefined;
  }
}
