import {
  consoleRequestStatuses,
  registerIds,
  requestTypes,
  type ConsoleRequestStatus,
  type RequestType,
} from '@oikeus/contracts';
import type { RegisterId } from '@oikeus/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueParams } from '../api/list-queue';

export interface QueueFilterValues {
  status: ConsoleRequestStatus[];
  type: RequestType | '';
  assignee: 'me' | 'none' | '';
  register: RegisterId | '';
  q: string;
}

export function filtersToQuery(values: QueueFilterValues): QueueParams {
  return {
    ...(values.status.length > 0 ? { status: values.status } : {}),
    ...(values.type ? { type: [values.type] } : {}),
    ...(values.assignee ? { assignee: values.assignee } : {}),
    ...(values.register ? { register: values.register } : {}),
    ...(values.q.trim() ? { q: values.q.trim() } : {}),
  };
}

/** Filters and search of the queue; applied on submit so each change is one request. */
export function QueueFilters({
  initial,
  onApply,
}: {
  initial: QueueFilterValues;
  onApply: (values: QueueFilterValues) => void;
}) {
  const { t } = useTranslation('console');
  const { t: tc } = useTranslation();
  const [values, setValues] = useState(initial);
  const set = <K extends keyof QueueFilterValues>(key: K, value: QueueFilterValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    onApply(values);
  }

  return (
    <form className="filters" role="search" aria-label={t('queue.filters')} onSubmit={submit}>
      <div className="filters__grid">
        <div className="field">
          <label className="field__label" htmlFor="queue-q">
            {t('queue.search')}
          </label>
          <p className="field__hint" id="queue-q-hint">
            {t('queue.searchHint')}
          </p>
          <input
            id="queue-q"
            type="search"
            className="input"
            aria-describedby="queue-q-hint"
            value={values.q}
            onChange={(event) => set('q', event.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="queue-type">
            {t('queue.type')}
          </label>
          <select
            id="queue-type"
            className="input select"
            value={values.type}
            onChange={(event) => set('type', event.target.value as RequestType | '')}
          >
            <option value="">{t('queue.all')}</option>
            {requestTypes.map((type) => (
              <option key={type} value={type}>
                {tc(`requestType.${type}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="queue-assignee">
            {t('queue.assignee')}
          </label>
          <select
            id="queue-assignee"
            className="input select"
            value={values.assignee}
            onChange={(event) =>
              set('assignee', event.target.value as QueueFilterValues['assignee'])
            }
          >
            <option value="">{t('queue.anyone')}</option>
            <option value="me">{t('queue.me')}</option>
            <option value="none">{t('queue.unassigned')}</option>
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="queue-register">
            {t('queue.register')}
          </label>
          <select
            id="queue-register"
            className="input select"
            value={values.register}
            onChange={(event) => set('register', event.target.value as RegisterId | '')}
          >
            <option value="">{t('queue.all')}</option>
            {registerIds.map((id) => (
              <option key={id} value={id}>
                {tc(`register.${id}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('queue.status')}</legend>
        <p className="field__hint">{t('queue.statusHint')}</p>
        <div className="choices choices--inline">
          {consoleRequestStatuses.map((status) => (
            <div className="choice" key={status}>
              <input
                id={`queue-status-${status}`}
                className="choice__input"
                type="checkbox"
                checked={values.status.includes(status)}
                onChange={(event) =>
                  set(
                    'status',
                    event.target.checked
                      ? consoleRequestStatuses.filter(
                          (s) => s === status || values.status.includes(s),
                        )
                      : values.status.filter((s) => s !== status),
                  )
                }
              />
              <label className="choice__label" htmlFor={`queue-status-${status}`}>
                {tc(`requestStatus.${status}`)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button button--primary">
          {t('queue.apply')}
        </button>
      </div>
    </form>
  );
}
