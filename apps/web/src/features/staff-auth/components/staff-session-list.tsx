import type { StaffSessionEntry } from '@oikeus/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/dates';
import { Notice } from '../../../components/notice';
import { TableScroll } from '../../../components/table-scroll';
import { useRevokeStaffSession } from '../api/revoke-staff-session';

/** One's own console sessions, the current one marked, each other one with "Sign out". */
export function StaffSessionList({ sessions }: { sessions: StaffSessionEntry[] }) {
  const { t } = useTranslation('console');
  const revoke = useRevokeStaffSession();
  const [status, setStatus] = useState('');
  return (
    <>
      {revoke.error ? <Notice tone="error">{revoke.error.message}</Notice> : null}
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      <TableScroll>
        <table className="table table--stack">
          <caption className="visually-hidden">{t('account.sessionsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('account.browser')}</th>
              <th scope="col">{t('account.signedInAt')}</th>
              <th scope="col">{t('account.lastSeenAt')}</th>
              <th scope="col">{t('account.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((session) => (
              <tr key={session.id}>
                <th scope="row" data-label={t('account.browser')}>
                  {session.userAgent || t('account.unknownBrowser')}
                  {session.isCurrent ? (
                    <span className="hint"> ({t('account.thisBrowser')})</span>
                  ) : null}
                </th>
                <td data-label={t('account.signedInAt')}>
                  <DateTime value={session.createdAt} />
                </td>
                <td data-label={t('account.lastSeenAt')}>
                  <DateTime value={session.lastSeenAt} />
                </td>
                <td data-label={t('account.actions')}>
                  {session.isCurrent ? null : (
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-disabled={revoke.isPending || undefined}
                      aria-label={t('account.endSessionOf', {
                        browser: session.userAgent || t('account.unknownBrowser'),
                      })}
                      onClick={() =>
                        !revoke.isPending &&
                        revoke.mutate(session.id, {
                          onSuccess: () => setStatus(t('account.sessionEnded')),
                        })
                      }
                    >
                      {t('account.endSession')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
