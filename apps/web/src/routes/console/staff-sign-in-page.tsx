import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { Page } from '../../components/page';
import { staffAuthKeys } from '../../features/staff-auth/api/query-keys';
import { StaffSignIn } from '../../features/staff-auth/components/staff-sign-in';
import { safeReturnPath } from '../../lib/safe-return-path';
import { paths } from '../../paths';

export function StaffSignInPage() {
  const { t } = useTranslation('console');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const state = useLocation().state as { returnTo?: unknown } | null;
  const returnTo = safeReturnPath(state?.returnTo, paths.console.queue);
  return (
    <Page title={t('signIn.title')} lead={t('signIn.lead')}>
      <StaffSignIn
        onSignedIn={async (remainingRecoveryCodes) => {
          // The guard must see the new session before the next page renders.
          await queryClient.refetchQueries({ queryKey: staffAuthKeys.session });
          void navigate(returnTo.startsWith(paths.console.root) ? returnTo : paths.console.queue, {
            replace: true,
            state: { remainingRecoveryCodes },
          });
        }}
      />
      <p>
        <Link to={paths.console.forgotPassword}>{t('signIn.forgotPassword')}</Link>
      </p>
    </Page>
  );
}
