import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/dates';
import { QueryView } from '../../../components/query-view';
import { formatFileSize } from '../../../lib/format-file-size';
import { useLocale } from '../../../lib/use-locale';
import { useOwnExports } from '../api/list-own-exports';

/**
 * The released access or portability package (GDPR Art. 15(3), 20): a
 * signed, expiring link that works only with the person's own session.
 */
export function ResultDownload({ requestId }: { requestId: string }) {
  const { t } = useTranslation('requests');
  const locale = useLocale();
  const exports = useOwnExports(requestId);
  return (
    <section aria-labelledby="download-heading" className="panel panel--highlight">
      <h2 id="download-heading">{t('detail.download')}</h2>
      <p>{t('detail.downloadHelp')}</p>
      <QueryView query={exports} loadingLabel={t('detail.downloadPreparing')}>
        {(items) =>
          items.length === 0 ? (
            <p>{t('detail.downloadNone')}</p>
          ) : (
            <ul className="plain-list">
              {items.map((item) => (
                <li key={item.id}>
                  <a
                    className="button button--primary"
                    href={item.downloadUrl}
                    download={item.fileName}
                  >
                    {t('detail.downloadFile', { file: item.fileName })}
                  </a>{' '}
                  <span className="hint">({formatFileSize(item.size, locale)})</span>
                  <p className="hint">
                    {t('detail.downloadAvailableUntil')} <DateTime value={item.expiresAt} />
                  </p>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </section>
  );
}
