import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { Page } from '../../components/page';
import { SignInForm } from '../../features/auth/components/sign-in-form';
import { paths } from '../../paths';
import { readNavigationState } from './navigation-state';

export default function SignInPage() {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const { returnTo } = readNavigationState(useLocation().state);
  return (
    <Page title={t('auth.signInTitle')} lead={t('auth.signInLead')}>
      <SignInForm
        onSent={(email, expiresInMinutes) =>
          void navigate(paths.verify, { state: { email, expiresInMinutes, returnTo } })
        }
      />
      <p>
        {t('auth.noAccount')} <Link to={paths.signUp}>{t('auth.signUpTitle')}</Link>
      </p>
    </Page>
  );
}
