import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Page } from '../../components/page';
import { SignUpForm } from '../../features/auth/components/sign-up-form';
import { SignUpPrivacyStatement } from '../../features/auth/components/sign-up-privacy-statement';
import { paths } from '../../paths';

export default function SignUpPage() {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  return (
    <Page title={t('auth.signUpTitle')} lead={t('auth.signUpLead')}>
      <SignUpForm
        onSent={(email, expiresInMinutes) =>
          void navigate(paths.verify, { state: { email, expiresInMinutes } })
        }
      />
      <SignUpPrivacyStatement />
      <p>
        {t('auth.haveAccount')} <Link to={paths.signIn}>{t('auth.signInTitle')}</Link>
      </p>
    </Page>
  );
}
