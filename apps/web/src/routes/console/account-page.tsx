import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import { useStaffSessions } from '../../features/staff-auth/api/list-staff-sessions';
import { useStaffSignOutEverywhere } from '../../features/staff-auth/api/sign-out-everywhere';
import { StaffSessionList } from '../../features/staff-auth/components/staff-session-list';
import { paths } from '../../paths';

/** The signed-in staff member's own sessions: see where one is signed in, end any or all. */
export function AccountPage() {
  const { t } = useTranslation('console');
  const sessions = useStaffSessions();
  const everywhere = useStaffSignOutEverywhere();
  const navigate = useNavigate();
  return (
    <Page title={t('account.title')} lead={t('account.lead')} wide>
      <section aria-labelledby="sessions-heading" className="panel">
        <h2 id="sessions-heading">{t('account.sessionsTitle')}</h2>
        <QueryView query={sessions}>
          {(data) => (
            <>
              <p className="hint">{t('account.idleHint', { minutes: data.idleTimeoutMinutes })}</p>
              <StaffSessionList sessions={data.items} />
            </>
          )}
        </QueryView>
      </section>
      <section aria-labelledby="everywhere-heading" className="panel">
        <h2 id="everywhere-heading">{t('account.everywhereTitle')}</h2>
        <p>{t('account.everywhereLead')}</p>
        {everywhere.error ? <Notice tone="error">{everywhere.error.message}</Notice> : null}
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={everywhere.isPending || undefined}
          onClick={() =>
            !everywhere.isPending &&
            everywhere.mutate(undefined, {
              onSuccess: () => void navigate(paths.console.signIn),
            })
          }
        >
          {t('account.everywhereButton')}
        </button>
      </section>
    </Page>
  );
}
