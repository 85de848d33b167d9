import {
  consoleRequestStatuses,
  registerIds,
  requestTypes,
  type ConsoleRequestStatus,
} from '@oikeus/contracts';
import type { RegisterId } from '@oikeus/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import { useQueue } from '../../features/queue/api/list-queue';
import {
  QueueFilters,
  filtersToQuery,
  type QueueFilterValues,
} from '../../features/queue/components/queue-filters';
import { QueueTable } from '../../features/queue/components/queue-table';

function pick<T extends string>(options: readonly T[], value: string | null): T | '' {
  return value !== null && (options as readonly string[]).includes(value) ? (value as T) : '';
}

/** Filters live in the address, so a filtered queue can be bookmarked and the back button works. */
function filtersFrom(params: URLSearchParams): QueueFilterValues {
  const status = params
    .getAll('status')
    .filter((s): s is ConsoleRequestStatus =>
      (consoleRequestStatuses as readonly string[]).includes(s),
    );
  return {
    status,
    type: pick(requestTypes, params.get('type')),
    assignee: pick(['me', 'none'] as const, params.get('assignee')),
    register: pick<RegisterId>(registerIds, params.get('register')),
    q: params.get('q') ?? '',
  };
}

function paramsFrom(values: QueueFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  for (const status of values.status) params.append('status', status);
  if (values.type) params.set('type', values.type);
  if (values.assignee) params.set('assignee', values.assignee);
  if (values.register) params.set('register', values.register);
  if (values.q.trim()) params.set('q', values.q.trim());
  return params;
}

export function QueuePage() {
  const { t } = useTranslation('console');
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFrom(searchParams);
  // Keyset paging: the cursors of the pages seen so far, to step back.
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors.at(-1);
  const queue = useQueue({ ...filtersToQuery(filters), ...(cursor ? { cursor } : {}) });
  const remaining = (useLocation().state as { remainingRecoveryCodes?: number } | null)
    ?.remainingRecoveryCodes;

  return (
    <Page title={t('queue.title')} wide>
      {remaining !== undefined && remaining <= 3 ? (
        <Notice tone="warning">{t('queue.fewRecoveryCodes', { count: remaining })}</Notice>
      ) : null}
      <QueueFilters
        key={searchParams.toString()}
        initial={filters}
        onApply={(values) => {
          setCursors([]);
          setSearchParams(paramsFrom(values));
        }}
      />
      <QueryView query={queue}>
        {(data) => (
          <>
            <p role="status" aria-live="polite">
              {t('queue.total', { count: data.total })}
              {queue.isFetching ? ` ${t('queue.updating')}` : null}
            </p>
            {data.items.length === 0 ? (
              <p>{t('queue.empty')}</p>
            ) : (
              <QueueTable items={data.items} />
            )}
            <div className="button-row">
              {cursors.length > 0 ? (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => setCursors((current) => current.slice(0, -1))}
                >
                  {t('queue.previous')}
                </button>
              ) : null}
              {data.nextCursor ? (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    const next = data.nextCursor;
                    if (next) setCursors((current) => [...current, next]);
                  }}
                >
                  {t('queue.next')}
                </button>
              ) : null}
            </div>
          </>
        )}
      </QueryView>
    </Page>
  );
}
