import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/page';
import { ForgotPasswordForm } from '../../features/staff-auth/components/forgot-password-form';
import { paths } from '../../paths';

/** "Forgot password?": a one-time link by mail; setting the password still takes the TOTP code. */
export function ForgotPasswordPage() {
  const { t } = useTranslation('console');
  return (
    <Page title={t('forgot.title')} lead={t('forgot.lead')}>
      <ForgotPasswordForm />
      <p>
        <Link to={paths.console.signIn}>{t('forgot.back')}</Link>
      </p>
    </Page>
  );
}
