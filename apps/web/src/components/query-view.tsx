import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../lib/api-error';
import { Notice } from './notice';

/** Loading and failure states of a query, announced politely; children render the data. */
export function QueryView<T>({
  query,
  children,
  loadingLabel,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
  loadingLabel?: string;
}) {
  const { t } = useTranslation();
  if (query.isPending) {
    return (
      <p className="loading" role="status" aria-live="polite">
        {loadingLabel ?? t('loading')}
      </p>
    );
  }
  if (query.isError) {
    const error = query.error;
    return (
      <Notice tone="error" title={t('errors.title')}>
        <p>{error instanceof Error ? error.message : String(error)}</p>
        {isApiError(error) && error.requestId ? (
          <p className="hint">{t('form.requestIdHint', { requestId: error.requestId })}</p>
        ) : null}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void query.refetch()}
        >
          {t('retry')}
        </button>
      </Notice>
    );
  }
  return <>{children(query.data)}</>;
}
