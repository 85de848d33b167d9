import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/dates';
import type { CurrentPermission } from './record-view';
import { SourceLabel } from './source-label';

/** A contact's decision per channel now: the latest event of each (GDPR Art. 7(1), 21(3)). */
export function CurrentPermissions({ permissions }: { permissions: CurrentPermission[] }) {
  const { t } = useTranslation('registers');
  const { t: tc } = useTranslation('common');
  return (
    <section aria-labelledby="permissions-heading" className="panel">
      <h2 id="permissions-heading">{t('record.permissionsTitle')}</h2>
      {permissions.length === 0 ? (
        <p>{t('record.noPermissions')}</p>
      ) : (
        <table className="table table--stack">
          <caption className="visually-hidden">{t('record.permissionsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('record.channel')}</th>
              <th scope="col">{t('record.decision')}</th>
              <th scope="col">{t('record.decidedAt')}</th>
              <th scope="col">{t('record.method')}</th>
            </tr>
          </thead>
          <tbody>
            {permissions.map((permission) => (
              <tr key={permission.channel}>
                <th scope="row" data-label={t('record.channel')}>
                  {tc(`channel.${permission.channel}`)}
                </th>
                <td data-label={t('record.decision')}>
                  <span
                    className={
                      permission.decision === 'granted' ? 'tag tag--completed' : 'tag tag--refused'
                    }
                  >
                    {t(`record.decisions.${permission.decision}`)}
                  </span>
                </td>
                <td data-label={t('record.decidedAt')}>
                  <DateTime value={permission.decidedAt} />
                </td>
                <td data-label={t('record.method')}>
                  <SourceLabel source={permission.method} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
