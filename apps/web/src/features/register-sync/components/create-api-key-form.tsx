import {
  apiKeyAccesses,
  createApiKeyInputSchema,
  syncRecordTypes,
  type ApiKeyAccess,
  type CreateApiKeyResponse,
  type SyncRecordType,
} from '@oikeus/contracts';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/error-summary';
import { CheckboxGroup, RadioGroup, TextField } from '../../../components/fields';
import { SubmitButton } from '../../../components/submit-button';
import { useContractForm } from '../../../lib/use-contract-form';
import { useCreateApiKey } from '../api/create-api-key';
import { expiresOnInput } from './expires-on-input';

interface ApiKeyValues {
  name: string;
  recordTypes: SyncRecordType[];
  access: ApiKeyAccess | '';
  /** As typed: 31.12.2027 or 2027-12-31. */
  expiresOn: string;
}

/**
 * A new key for one of the controller's systems, scoped to record types and
 * read or write (GDPR Art. 32: least privilege), optionally expiring.
 */
export function CreateApiKeyForm({
  onCreated,
}: {
  onCreated: (created: CreateApiKeyResponse) => void;
}) {
  const { t } = useTranslation('registers');
  const form = useContractForm<ApiKeyValues, typeof createApiKeyInputSchema>({
    formId: 'create-api-key',
    schema: createApiKeyInputSchema,
    defaultValues: { name: '', recordTypes: [], access: 'read', expiresOn: '' },
    toInput: (values) => ({
      name: values.name,
      recordTypes: values.recordTypes,
      access: values.access === '' ? undefined : values.access,
      expiresOn: expiresOnInput(values.expiresOn),
    }),
  });
  const create = useCreateApiKey();
  const labels: Record<string, string> = {
    name: t('apiKeys.name'),
    recordTypes: t('apiKeys.recordTypes'),
    access: t('apiKeys.access'),
    expiresOn: t('apiKeys.expiresOn'),
  };

  const submit = form.onSubmit((input) => {
    if (create.isPending) return;
    create.mutate(input, {
      onSuccess: (created) => {
        form.methods.reset();
        onCreated(created);
      },
      onError: form.showError,
    });
  });

  return (
    <form id={form.formId} noValidate onSubmit={submit} className="form">
      <ErrorSummary form={form} labelFor={(path) => labels[path.split('.')[0] ?? path]} />
      <TextField
        form={form}
        path="name"
        label={labels.name}
        hint={t('apiKeys.nameHint')}
        autoComplete="off"
        {...form.bind('name')}
      />
      <CheckboxGroup
        form={form}
        path="recordTypes"
        legend={labels.recordTypes}
        hint={t('apiKeys.recordTypesHint')}
        options={syncRecordTypes.map((value) => ({
          value,
          label: t(`holdings.recordTypes.${value}`),
        }))}
        values={form.bind('recordTypes').value}
        onChange={form.bind('recordTypes').onChange}
      />
      <RadioGroup
        form={form}
        path="access"
        legend={labels.access}
        options={apiKeyAccesses.map((value) => ({
          value,
          label: t(`apiKeys.accesses.${value}`),
          hint: t(`apiKeys.accessHints.${value}`),
        }))}
        {...form.bind('access')}
      />
      <TextField
        form={form}
        path="expiresOn"
        label={labels.expiresOn}
        hint={t('apiKeys.expiresOnHint')}
        isOptional
        width="medium"
        autoComplete="off"
        {...form.bind('expiresOn')}
      />
      <SubmitButton isPending={create.isPending}>{t('apiKeys.create')}</SubmitButton>
    </form>
  );
}
