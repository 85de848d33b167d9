import type { ApiKeyView } from '@oikeus/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/dates';
import { Notice } from '../../../components/notice';
import { TableScroll } from '../../../components/table-scroll';
import { formatLocalDate } from '../../../lib/format-date';
import { useLocale } from '../../../lib/use-locale';
import { useRevokeApiKey } from '../api/revoke-api-key';
import { apiKeyStateOf } from './api-key-state';

const stateTags = { active: 'tag--completed', revoked: 'tag--refused', expired: 'tag--muted' };

/** Every key with its scope, expiry and last use; an active one can be revoked after a confirmation. */
export function ApiKeyTable({ keys }: { keys: ApiKeyView[] }) {
  const { t } = useTranslation('registers');
  const revoke = useRevokeApiKey();
  const [status, setStatus] = useState('');
  if (keys.length === 0) return <p>{t('apiKeys.none')}</p>;
  return (
    <>
      {revoke.error ? <Notice tone="error">{revoke.error.message}</Notice> : null}
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      <TableScroll label={t('apiKeys.caption')}>
        <table className="table table--stack">
          <caption className="visually-hidden">{t('apiKeys.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('apiKeys.name')}</th>
              <th scope="col">{t('apiKeys.scope')}</th>
              <th scope="col">{t('apiKeys.expires')}</th>
              <th scope="col">{t('apiKeys.lastUsed')}</th>
              <th scope="col">{t('apiKeys.state')}</th>
              <th scope="col">{t('apiKeys.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((key) => (
              <ApiKeyRow
                key={key.id}
                apiKey={key}
                isBusy={revoke.isPending}
                onRevoke={() =>
                  revoke.mutate(key.id, {
                    onSuccess: () => setStatus(t('apiKeys.revoked', { name: key.name })),
                  })
                }
              />
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

function ApiKeyRow({
  apiKey,
  isBusy,
  onRevoke,
}: {
  apiKey: ApiKeyView;
  isBusy: boolean;
  onRevoke: () => void;
}) {
  const { t } = useTranslation('registers');
  const locale = useLocale();
  const [isConfirming, setIsConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const revokeButton = useRef<HTMLButtonElement>(null);
  const hasAsked = useRef(false);
  // Keyboard focus follows the question: to the confirmation, and back when cancelled.
  useEffect(() => {
    if (isConfirming) {
      hasAsked.current = true;
      confirmButton.current?.focus();
    } else if (hasAsked.current) {
      revokeButton.current?.focus();
    }
  }, [isConfirming]);
  const state = apiKeyStateOf(apiKey);
  const warningId = `revoke-warning-${apiKey.id}`;
  return (
    <tr>
      <th scope="row" data-label={t('apiKeys.name')}>
        {apiKey.name}
        <br />
        <span className="hint">
          {t('apiKeys.prefixLabel')} <span className="mono">oik_{apiKey.prefix}_…</span>
        </span>
        <br />
        <span className="hint">
          {t('apiKeys.created')} <DateTime value={apiKey.createdAt} />
        </span>
      </th>
      <td data-label={t('apiKeys.scope')}>
        {t(`apiKeys.accesses.${apiKey.access}`)}
        <br />
        <span className="hint">
          {apiKey.recordTypes.map((type) => t(`holdings.recordTypes.${type}`)).join(', ')}
        </span>
      </td>
      <td data-label={t('apiKeys.expires')}>
        {apiKey.expiresAt
          ? // The key works to the end of the day the admin chose (UTC), so that day is shown.
            t('apiKeys.until', { date: formatLocalDate(apiKey.expiresAt.slice(0, 10), locale) })
          : t('apiKeys.noExpiry')}
      </td>
      <td data-label={t('apiKeys.lastUsed')}>
        {apiKey.lastUsedAt ? <DateTime value={apiKey.lastUsedAt} /> : t('apiKeys.neverUsed')}
      </td>
      <td data-label={t('apiKeys.state')}>
        <span className={`tag ${stateTags[state]}`}>{t(`apiKeys.states.${state}`)}</span>
        {apiKey.revokedAt ? (
          <>
            <br />
            <DateTime value={apiKey.revokedAt} />
          </>
        ) : null}
      </td>
      <td data-label={t('apiKeys.actions')}>
        {state !== 'active' ? (
          '—'
        ) : isConfirming ? (
          <div className="confirm-box">
            <p id={warningId}>{t('apiKeys.revokeWarning', { name: apiKey.name })}</p>
            <div className="button-row button-row--tight">
              <button
                ref={confirmButton}
                type="button"
                className="button button--danger button--small"
                aria-describedby={warningId}
                aria-disabled={isBusy || undefined}
                onClick={() => {
                  if (isBusy) return;
                  onRevoke();
                  setIsConfirming(false);
                }}
              >
                {t('apiKeys.confirmRevoke', { name: apiKey.name })}
              </button>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => setIsConfirming(false)}
              >
                {t('apiKeys.cancel')}
              </button>
            </div>
          </div>
        ) : (
          <button
            ref={revokeButton}
            type="button"
            className="button button--danger-outline button--small"
            onClick={() => setIsConfirming(true)}
          >
            {t('apiKeys.revoke')}
            <span className="visually-hidden">: {apiKey.name}</span>
          </button>
        )}
      </td>
    </tr>
  );
}
