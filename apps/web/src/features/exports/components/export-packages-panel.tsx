import type { ConsoleExport, ExportKind, ReleaseGap, RequestType } from '@oikeus/contracts';
import { DEFAULT_EXPORT_DOWNLOAD_DAYS, MAX_EXPORT_DOWNLOAD_DAYS } from '@oikeus/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/dates';
import { Notice } from '../../../components/notice';
import { QueryView } from '../../../components/query-view';
import { formatFileSize } from '../../../lib/format-file-size';
import { useLocale } from '../../../lib/use-locale';
import { useCompileExport } from '../api/compile-export';
import { useRequestExports } from '../api/list-request-exports';
import { exportReportUrl, useExportPreview } from '../api/preview-export';
import { useReleaseExport } from '../api/release-export';

/**
 * The access (Art. 15) or portability (Art. 20) package: compile, check what
 * the person will get, then release it for a limited time. With no recorded
 * identity check or no confirmed records, the handler is warned before and
 * releases only with a reason (the API refuses otherwise).
 */
export function ExportPackagesPanel({
  requestId,
  requestType,
  canWrite,
  releaseGaps,
}: {
  requestId: string;
  requestType: RequestType;
  canWrite: boolean;
  /** What the request lacks before a release needs an override. */
  releaseGaps: readonly ReleaseGap[];
}) {
  const { t } = useTranslation('console');
  const exports = useRequestExports(requestId);
  const compile = useCompileExport(requestId);
  const kind: ExportKind = requestType === 'portability' ? 'portability' : 'access';
  const [previewId, setPreviewId] = useState<string | null>(null);

  return (
    <section aria-labelledby="exports-heading" className="panel action" id="exports">
      <h3 id="exports-heading">{t('exports.title')}</h3>
      <p className="card__meta">{t(`exports.article.${kind}`)}</p>
      <p>{t('exports.help')}</p>
      {compile.error ? <Notice tone="error">{compile.error.message}</Notice> : null}
      {canWrite ? (
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary"
            aria-disabled={compile.isPending || undefined}
            onClick={() =>
              !compile.isPending &&
              compile.mutate({ kind }, { onSuccess: (created) => setPreviewId(created.id) })
            }
          >
            {compile.isPending ? t('exports.compiling') : t(`exports.compile.${kind}`)}
          </button>
        </div>
      ) : null}
      <QueryView query={exports}>
        {(items) =>
          items.length === 0 ? (
            <p>{t('exports.none')}</p>
          ) : (
            <ul className="plain-list">
              {items.map((item) => (
                <ExportItem
                  key={item.id}
                  requestId={requestId}
                  item={item}
                  canWrite={canWrite}
                  releaseGaps={releaseGaps}
                  isPreviewOpen={previewId === item.id}
                  onPreview={() => setPreviewId(previewId === item.id ? null : item.id)}
                />
              ))}
            </ul>
          )
        }
      </QueryView>
    </section>
  );
}

function ExportItem({
  requestId,
  item,
  canWrite,
  releaseGaps,
  isPreviewOpen,
  onPreview,
}: {
  requestId: string;
  item: ConsoleExport;
  canWrite: boolean;
  releaseGaps: readonly ReleaseGap[];
  isPreviewOpen: boolean;
  onPreview: () => void;
}) {
  const { t } = useTranslation('console');
  const locale = useLocale();
  const release = useReleaseExport(requestId);
  const [days, setDays] = useState(String(DEFAULT_EXPORT_DOWNLOAD_DAYS));
  const daysId = `release-days-${item.id}`;
  const daysNumber = Number(days);
  const isDaysValid =
    Number.isInteger(daysNumber) && daysNumber >= 1 && daysNumber <= MAX_EXPORT_DOWNLOAD_DAYS;
  const needsOverride = releaseGaps.length > 0;
  const [reason, setReason] = useState('');
  const [isReasonMissing, setIsReasonMissing] = useState(false);
  const reasonId = `release-reason-${item.id}`;
  return (
    <li className="subform">
      <p>
        <strong className="mono">{item.fileName}</strong>{' '}
        <span className={`tag tag--export-${item.status}`}>
          {t(`exports.status.${item.status}`)}
        </span>
      </p>
      <p className="hint">
        {t('exports.created')} <DateTime value={item.createdAt} /> ·{' '}
        {formatFileSize(item.size, locale)}
        {item.releasedAt ? (
          <>
            {' · '}
            {t('exports.released')} <DateTime value={item.releasedAt} />
          </>
        ) : null}
        {item.expiresAt ? (
          <>
            {' · '}
            {t('exports.expires')} <DateTime value={item.expiresAt} />
          </>
        ) : null}
        {' · '}
        {t('exports.downloads', { count: item.downloadCount })}
      </p>
      {release.error ? <Notice tone="error">{release.error.message}</Notice> : null}
      {canWrite && (item.status === 'ready' || item.status === 'released') ? (
        <div className="button-row button-row--tight">
          <button
            type="button"
            className="button button--secondary button--small"
            aria-expanded={isPreviewOpen}
            onClick={onPreview}
          >
            {isPreviewOpen ? t('exports.hidePreview') : t('exports.preview')}
          </button>
        </div>
      ) : null}
      {isPreviewOpen ? <ExportPreview requestId={requestId} exportId={item.id} /> : null}
      {canWrite && item.status === 'ready' ? (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            const isReasonBlank = needsOverride && reason.trim() === '';
            setIsReasonMissing(isReasonBlank);
            if (!isDaysValid || isReasonBlank || release.isPending) return;
            release.mutate({
              exportId: item.id,
              expiresInDays: daysNumber,
              ...(needsOverride ? { override: { reason } } : {}),
            });
          }}
        >
          {needsOverride ? (
            <>
              <Notice tone="warning" isLive={false} title={t('exports.gapsTitle')}>
                <ul>
                  {releaseGaps.map((gap) => (
                    <li key={gap}>{t(`exports.gaps.${gap}`)}</li>
                  ))}
                </ul>
              </Notice>
              <label className="field__label" htmlFor={reasonId}>
                {t('exports.overrideReason')}
              </label>
              <p className="field__hint" id={`${reasonId}-hint`}>
                {t('exports.overrideHint')}
              </p>
              {isReasonMissing ? (
                <p className="field__error" id={`${reasonId}-error`}>
                  {t('exports.overrideRequired')}
                </p>
              ) : null}
              <textarea
                id={reasonId}
                className="input textarea"
                rows={3}
                value={reason}
                aria-invalid={isReasonMissing || undefined}
                aria-describedby={`${reasonId}-hint${isReasonMissing ? ` ${reasonId}-error` : ''}`}
                onChange={(event) => setReason(event.target.value)}
              />
            </>
          ) : null}
          <label className="field__label" htmlFor={daysId}>
            {t('exports.days')}
          </label>
          <p className="field__hint" id={`${daysId}-hint`}>
            {t('exports.daysHint', { max: MAX_EXPORT_DOWNLOAD_DAYS })}
          </p>
          {!isDaysValid ? (
            <p className="field__error" id={`${daysId}-error`}>
              {t('exports.daysInvalid', { max: MAX_EXPORT_DOWNLOAD_DAYS })}
            </p>
          ) : null}
          <div className="inline-form__row">
            <input
              id={daysId}
              className="input input--short"
              inputMode="numeric"
              value={days}
              aria-invalid={!isDaysValid || undefined}
              aria-describedby={`${daysId}-hint${isDaysValid ? '' : ` ${daysId}-error`}`}
              onChange={(event) => setDays(event.target.value)}
            />
            <button
              type="submit"
              className="button button--primary"
              aria-disabled={release.isPending || undefined}
            >
              {release.isPending
                ? t('actions.applying')
                : needsOverride
                  ? t('exports.releaseAnyway')
                  : t('exports.release')}
            </button>
          </div>
        </form>
      ) : null}
    </li>
  );
}

function ExportPreview({ requestId, exportId }: { requestId: string; exportId: string }) {
  const { t } = useTranslation('console');
  const preview = useExportPreview(requestId, exportId);
  return (
    <QueryView query={preview}>
      {(data) => (
        <div className="plan">
          <h4>{t('exports.contents')}</h4>
          <ul className="columns">
            {Object.entries(data.manifest.counts).map(([key, count]) => (
              <li key={key}>
                <span className="mono">{key}</span>: {count}
              </li>
            ))}
          </ul>
          <iframe
            className="report-frame"
            title={t('exports.reportTitle', { file: data.export.fileName })}
            src={exportReportUrl(requestId, exportId)}
            sandbox=""
          />
        </div>
      )}
    </QueryView>
  );
}
