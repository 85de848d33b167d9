import type { StaffRole } from '@oikeus/contracts';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import { useStaffSession } from '../../features/staff-auth/api/get-staff-session';
import { paths } from '../../paths';

/** Console pages need a staff session, and some a role; the API checks the same again. */
export function RequireStaff({ roles }: { roles?: StaffRole[] }) {
  const session = useStaffSession();
  const location = useLocation();
  const { t } = useTranslation('console');
  return (
    <QueryView query={session}>
      {(data) =>
        !data ? (
          <Navigate
            to={paths.console.signIn}
            replace
            state={{ returnTo: location.pathname + location.search }}
          />
        ) : roles && !roles.includes(data.staff.role) ? (
          <Page title={t('forbidden.title')}>
            <Notice tone="error" isLive={false}>
              <p>{t('forbidden.body')}</p>
            </Notice>
          </Page>
        ) : (
          <Outlet />
        )
      }
    </QueryView>
  );
}
