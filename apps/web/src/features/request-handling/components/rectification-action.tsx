import type {
  ApplyRectificationResult,
  ConsoleRequestDetail,
  RectificationChange,
  RectificationPreview,
} from '@oikeus/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/notice';
import { useApplyRectification } from '../api/apply-rectification';
import { usePreviewRectification } from '../api/preview-rectification';
import { ActionSection } from './action-section';
import { TableScroll } from '../../../components/table-scroll';

type Row = RectificationChange & { current: string | null; isChosen: boolean };

function rowsOf(preview: RectificationPreview): Row[] {
  return preview.records.flatMap((record) =>
    record.fields.map((field) => ({
      recordType: record.recordType,
      recordId: record.recordId,
      field: field.field,
      value: field.requested,
      current: field.current,
      isChosen: field.isChange,
    })),
  );
}

const rowKey = (row: Pick<Row, 'recordId' | 'field'>) => `${row.recordId}:${row.field}`;

/** GDPR Art. 16: preview each field's current and requested value, then apply only the chosen ones. */
export function RectificationAction({ request }: { request: ConsoleRequestDetail }) {
  const { t } = useTranslation('console');
  const preview = usePreviewRectification(request.id);
  const apply = useApplyRectification(request.id);
  const [rows, setRows] = useState<Row[]>([]);
  const [result, setResult] = useState<ApplyRectificationResult | null>(null);
  const labels = new Map(preview.data?.records.map((record) => [record.recordId, record.label]));
  const chosen = rows.filter((row) => row.isChosen);

  function runPreview() {
    setResult(null);
    preview.mutate({}, { onSuccess: (data) => setRows(rowsOf(data)) });
  }

  function update(key: string, patch: Partial<Row>) {
    setRows((current) => current.map((row) => (rowKey(row) === key ? { ...row, ...patch } : row)));
  }

  function applyChosen() {
    if (chosen.length === 0 || apply.isPending) return;
    apply.mutate(
      {
        version: request.version,
        changes: chosen.map(({ recordType, recordId, field, value }) => ({
          recordType,
          recordId,
          field,
          value: value === null || value.trim() === '' ? null : value,
        })),
      },
      {
        onSuccess: (data) => {
          setResult(data);
          setRows([]);
          preview.reset();
        },
      },
    );
  }

  return (
    <ActionSection
      id="rectification"
      title={t('actions.rectification.title')}
      article={t('actions.rectification.article')}
    >
      <p>{t('actions.rectification.help')}</p>
      {preview.error ? <Notice tone="error">{preview.error.message}</Notice> : null}
      {apply.error ? <Notice tone="error">{apply.error.message}</Notice> : null}
      {result ? (
        <Notice
          tone="success"
          title={t('actions.rectification.applied', { count: result.applied.length })}
        >
          <ul>
            {result.applied.map((change) => (
              <li key={rowKey(change)}>
                {t(`fields.${change.field}`)}: {change.previous ?? '—'} → {change.value ?? '—'}
              </li>
            ))}
          </ul>
          <p>{t('actions.art19Reminder')}</p>
        </Notice>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={preview.isPending || undefined}
          onClick={() => !preview.isPending && runPreview()}
        >
          {preview.isPending ? t('actions.previewing') : t('actions.preview')}
        </button>
      </div>
      {preview.data && rows.length === 0 && !result ? (
        <p>{t('actions.rectification.nothing')}</p>
      ) : null}
      {rows.length > 0 ? (
        <>
          <TableScroll>
            <table className="table table--compact">
              <caption>{t('actions.rectification.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('actions.apply')}</th>
                  <th scope="col">{t('records.record')}</th>
                  <th scope="col">{t('actions.rectification.field')}</th>
                  <th scope="col">{t('actions.rectification.current')}</th>
                  <th scope="col">{t('actions.rectification.new')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const key = rowKey(row);
                  const fieldName = t(`fields.${row.field}`);
                  const isChange = (row.value ?? '') !== (row.current ?? '');
                  return (
                    <tr key={key} className={row.isChosen ? 'is-selected' : undefined}>
                      <td>
                        <input
                          type="checkbox"
                          className="choice__input"
                          checked={row.isChosen}
                          aria-label={t('actions.rectification.choose', { field: fieldName })}
                          onChange={(event) => update(key, { isChosen: event.target.checked })}
                        />
                      </td>
                      <td>{labels.get(row.recordId) ?? row.recordId}</td>
                      <th scope="row">{fieldName}</th>
                      <td>
                        <del className={isChange ? 'diff-old' : undefined}>
                          {row.current ?? '—'}
                        </del>
                      </td>
                      <td>
                        <label className="visually-hidden" htmlFor={`rect-${key}`}>
                          {t('actions.rectification.newValueFor', { field: fieldName })}
                        </label>
                        <input
                          id={`rect-${key}`}
                          className="input"
                          value={row.value ?? ''}
                          onChange={(event) =>
                            update(key, { value: event.target.value, isChosen: true })
                          }
                        />
                        {isChange ? (
                          <span className="hint">{t('actions.rectification.changes')}</span>
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
          <p className="hint">{t('actions.rectification.emptyClears')}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button--primary"
              aria-disabled={chosen.length === 0 || apply.isPending || undefined}
              onClick={applyChosen}
            >
              {apply.isPending
                ? t('actions.applying')
                : t('actions.rectification.apply', { count: chosen.length })}
            </button>
          </div>
        </>
      ) : null}
    </ActionSection>
  );
}
