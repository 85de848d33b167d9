import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { QueryView } from '../../components/query-view';
import { useSession } from '../../features/auth/api/get-session';
import { paths } from '../../paths';

/** Pages for signed-in subjects: anyone else is sent to sign in and brought back afterwards. */
export function RequireSubject({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  const { t } = useTranslation();
  return (
    <QueryView query={session} loadingLabel={t('loading')}>
      {(account) =>
        account ? (
          <>{children}</>
        ) : (
          <Navigate
            to={paths.signIn}
            replace
            state={{ returnTo: location.pathname + location.search }}
          />
        )
      }
    </QueryView>
  );
}
