import type { AuditEntryView } from '@oikeus/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateTime } from '../../../components/dates';
import { auditActionLabelKey } from '../../../lib/vocabulary-labels';
import { paths } from '../../../paths';
import { TableScroll } from '../../../components/table-scroll';

/** Audit entries with who did what to which record; details and hash on demand. */
export function AuditTable({ entries }: { entries: AuditEntryView[] }) {
  const { t } = useTranslation('console');
  if (entries.length === 0) return <p>{t('audit.none')}</p>;
  return (
    <TableScroll>
      <table className="table table--compact">
        <caption className="visually-hidden">{t('audit.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('audit.at')}</th>
            <th scope="col">{t('audit.actor')}</th>
            <th scope="col">{t('audit.action')}</th>
            <th scope="col">{t('audit.request')}</th>
            <th scope="col">{t('audit.record')}</th>
            <th scope="col">{t('audit.details')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.seq}>
              <td>{entry.seq}</td>
              <td>
                <DateTime value={entry.at} />
              </td>
              <td>
                {entry.actorName ?? '—'}
                <br />
                <span className="hint">{t(`timeline.actors.${entry.actorType}`)}</span>
              </td>
              <th scope="row">{t(auditActionLabelKey(entry.action))}</th>
              <td>
                {entry.requestId ? (
                  <Link to={paths.console.request.to(entry.requestId)}>
                    {entry.requestReference ?? t('audit.openRequest')}
                  </Link>
                ) : (
                  '—'
                )}
              </td>
              <td className="mono">
                {entry.recordType ? `${entry.recordType}: ${entry.recordId ?? ''}` : '—'}
              </td>
              <td>
                <details>
                  <summary>{t('audit.show')}</summary>
                  <pre className="code-block">{JSON.stringify(entry.details, null, 2)}</pre>
                  <p className="hint mono">
                    {t('audit.hash')}: {entry.hash}
                  </p>
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
