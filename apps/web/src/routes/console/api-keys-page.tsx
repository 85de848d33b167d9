import type { CreateApiKeyResponse } from '@oikeus/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import { useApiKeys } from '../../features/register-sync/api/list-api-keys';
import { ApiKeySecret } from '../../features/register-sync/components/api-key-secret';
import { ApiKeyTable } from '../../features/register-sync/components/api-key-table';
import { CreateApiKeyForm } from '../../features/register-sync/components/create-api-key-form';

/** Admins: keys for the controller's systems to reach the register sync API. */
export function ApiKeysPage() {
  const { t } = useTranslation('registers');
  const keys = useApiKeys();
  // Held only here, in memory: leaving the page forgets the key for good.
  const [created, setCreated] = useState<CreateApiKeyResponse | null>(null);
  return (
    <Page title={t('apiKeys.title')} lead={t('apiKeys.lead')} wide>
      {created ? (
        <ApiKeySecret
          created={created}
          onDone={() => {
            setCreated(null);
            // The panel that had focus is gone: continue from the list, where the new key is.
            document.getElementById('api-keys-heading')?.focus();
          }}
        />
      ) : null}
      <section aria-labelledby="api-keys-heading" className="panel">
        <h2 id="api-keys-heading" tabIndex={-1}>
          {t('apiKeys.listTitle')}
        </h2>
        <QueryView query={keys}>{(data) => <ApiKeyTable keys={data.items} />}</QueryView>
      </section>
      <section aria-labelledby="create-api-key-heading" className="panel">
        <h2 id="create-api-key-heading">{t('apiKeys.createTitle')}</h2>
        <CreateApiKeyForm onCreated={setCreated} />
      </section>
    </Page>
  );
}
