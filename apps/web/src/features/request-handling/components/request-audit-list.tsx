import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/dates';
import { auditActionLabelKey } from '../../../lib/vocabulary-labels';
import { QueryView } from '../../../components/query-view';
import { useRequestAudit } from '../api/list-request-audit';
import { TableScroll } from '../../../components/table-scroll';

/** The request's own audit entries, loaded when asked for. */
export function RequestAuditList({ requestId }: { requestId: string }) {
  const { t } = useTranslation('console');
  const [isOpen, setIsOpen] = useState(false);
  const audit = useRequestAudit(requestId, isOpen);
  return (
    <section aria-labelledby="request-audit-heading" className="panel">
      <h2 id="request-audit-heading">{t('audit.requestTitle')}</h2>
      {isOpen ? (
        <QueryView query={audit}>
          {(data) => (
            <TableScroll>
              <table className="table table--compact">
                <caption className="visually-hidden">{t('audit.requestTitle')}</caption>
                <thead>
                  <tr>
                    <th scope="col">#</th>
                    <th scope="col">{t('audit.at')}</th>
                    <th scope="col">{t('audit.actor')}</th>
                    <th scope="col">{t('audit.action')}</th>
                    <th scope="col">{t('audit.record')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((entry) => (
                    <tr key={entry.seq}>
                      <td>{entry.seq}</td>
                      <td>
                        <DateTime value={entry.at} />
                      </td>
                      <td>{entry.actorName ?? t(`timeline.actors.${entry.actorType}`)}</td>
                      <th scope="row">{t(auditActionLabelKey(entry.action))}</th>
                      <td className="mono">
                        {entry.recordType ? `${entry.recordType} ${entry.recordId ?? ''}` : '—'}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </QueryView>
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setIsOpen(true)}>
          {t('audit.show')}
        </button>
      )}
    </section>
  );
}
