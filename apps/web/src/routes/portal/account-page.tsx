import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Page } from '../../components/page';
import { useSession } from '../../features/auth/api/get-session';
import { SignOutPanel } from '../../features/auth/components/sign-out-panel';
import { paths } from '../../paths';

export default function AccountPage() {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const account = useSession().data;
  return (
    <Page title={t('account.title')}>
      {account ? (
        <section aria-labelledby="account-details" className="panel">
          <h2 id="account-details">{t('account.details')}</h2>
          <dl className="summary-list">
            <div className="summary-list__row">
              <dt>{t('auth.name')}</dt>
              <dd>{account.name}</dd>
            </div>
            <div className="summary-list__row">
              <dt>{t('auth.email')}</dt>
              <dd>{account.email}</dd>
            </div>
            {account.phone ? (
              <div className="summary-list__row">
                <dt>{t('auth.phone')}</dt>
                <dd>{account.phone}</dd>
              </div>
            ) : null}
          </dl>
        </section>
      ) : null}
      <SignOutPanel onSignedOut={() => void navigate(paths.home, { state: { signedOut: true } })} />
    </Page>
  );
}
