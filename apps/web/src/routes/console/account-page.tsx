import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import { useStaffAccount } from '../../features/staff-auth/api/get-staff-account';
import { useStaffSessions } from '../../features/staff-auth/api/list-staff-sessions';
import { useStaffSignOutEverywhere } from '../../features/staff-auth/api/sign-out-everywhere';
import { ChangePasswordForm } from '../../features/staff-auth/components/change-password-form';
import { StaffMailPreferencesForm } from '../../features/staff-auth/components/staff-mail-preferences-form';
import { StaffProfileForm } from '../../features/staff-auth/components/staff-profile-form';
import { StaffSessionList } from '../../features/staff-auth/components/staff-session-list';
import { paths } from '../../paths';

/**
 * The signed-in staff member's own account: name and mail language, which
 * staff mails they get, their password, and where they are signed in.
 */
export function AccountPage() {
  const { t } = useTranslation('console');
  const account = useStaffAccount();
  const sessions = useStaffSessions();
  const everywhere = useStaffSignOutEverywhere();
  const navigate = useNavigate();
  return (
    <Page title={t('account.title')} lead={t('account.lead')} wide>
      <QueryView query={account}>
        {(data) => (
          <>
            <section aria-labelledby="profile-heading" className="panel">
              <h2 id="profile-heading">{t('account.profileTitle')}</h2>
              <StaffProfileForm account={data} />
            </section>
            <section aria-labelledby="mail-heading" className="panel">
              <h2 id="mail-heading">{t('account.mailTitle')}</h2>
              <p>{t('account.mailLead')}</p>
              <StaffMailPreferencesForm account={data} />
            </section>
          </>
        )}
      </QueryView>
      <section aria-labelledby="password-heading" className="panel">
        <h2 id="password-heading">{t('account.passwordTitle')}</h2>
        <ChangePasswordForm />
      </section>
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
