import type { CreateApiKeyResponse } from '@oikeus/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The whole key, shown this once: only its hash is stored, so it cannot be
 * shown again (GDPR Art. 32). The panel takes focus so the warning is read first.
 */
export function ApiKeySecret({
  created,
  onDone,
}: {
  created: CreateApiKeyResponse;
  onDone: () => void;
}) {
  const { t } = useTranslation('registers');
  const panel = useRef<HTMLElement>(null);
  const [copyStatus, setCopyStatus] = useState<'copied' | 'failed' | null>(null);

  useEffect(() => {
    panel.current?.focus();
  }, []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(created.key);
      setCopyStatus('copied');
    } catch {
      setCopyStatus('failed');
    }
  }

  return (
    <section
      ref={panel}
      tabIndex={-1}
      aria-labelledby="api-key-secret-heading"
      className="panel panel--attention"
    >
      <h2 id="api-key-secret-heading">{t('apiKeys.secretTitle', { name: created.apiKey.name })}</h2>
      <p>
        <strong>{t('apiKeys.secretWarning')}</strong>
      </p>
      <p>
        <span className="field__label">{t('apiKeys.secretLabel')}</span>
        <br />
        <code className="secret mono">{created.key}</code>
      </p>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => void copy()}>
          {t('apiKeys.copy')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('apiKeys.done')}
        </button>
      </div>
      <p role="status" aria-live="polite" className={copyStatus === 'failed' ? 'field__error' : ''}>
        {copyStatus === 'copied'
          ? t('apiKeys.copied')
          : copyStatus === 'failed'
            ? t('apiKeys.copyFailed')
            : null}
      </p>
    </section>
  );
}
