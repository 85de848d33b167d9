import { useTranslation } from 'react-i18next';
import { isRecordSource } from './labels';

/** Where data came from (GDPR Art. 14(2)(f), 15(1)(g)), with its free-text detail. */
export function SourceLabel({ source, detail }: { source: string | null; detail?: string | null }) {
  const { t } = useTranslation('console');
  const { t: tr } = useTranslation('registers');
  const label = isRecordSource(source)
    ? t(`records.sources.${source}`)
    : source === 'api'
      ? tr('holdings.apiSource')
      : (source ?? '—');
  return (
    <>
      {label}
      {detail ? <span className="hint"> · {detail}</span> : null}
    </>
  );
}
