import { SIGN_IN_CODE_TTL_MINUTES } from '@oikeus/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { VerifyCodeForm } from '../../features/auth/components/verify-code-form';
import { VerifyLink } from '../../features/auth/components/verify-link';
import { useIsDevMailboxAvailable } from '../../features/dev-mailbox/api/probe-dev-mailbox';
import { safeReturnPath } from '../../lib/safe-return-path';
import { paths } from '../../paths';
import { readNavigationState } from './navigation-state';

/** The code form after sign-up/sign-in, and the landing page of the emailed link. */
export default function VerifyPage() {
  const { t } = useTranslation('auth');
  const { t: tp } = useTranslation('portal');
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token');
  const hasDevMailbox = useIsDevMailboxAvailable();
  const state = readNavigationState(useLocation().state);
  const returnTo = safeReturnPath(state.returnTo, paths.myRequests);
  const onSignedIn = () => void navigate(returnTo, { replace: true });

  if (token) {
    return (
      <Page title={t('auth.linkTitle')}>
        <VerifyLink
          token={token}
          onSignedIn={onSignedIn}
          fallback={
            <>
              <h2>{t('auth.verifyTitle')}</h2>
              <VerifyCodeForm initialEmail="" onSignedIn={onSignedIn} />
            </>
          }
        />
      </Page>
    );
  }

  return (
    <Page title={t('auth.verifyTitle')} lead={t('auth.verifyLead')}>
      {state.email ? (
        <p>
          {t('auth.sentTo', {
            email: state.email,
            minutes: state.expiresInMinutes ?? SIGN_IN_CODE_TTL_MINUTES,
          })}
        </p>
      ) : null}
      <VerifyCodeForm initialEmail={state.email ?? ''} onSignedIn={onSignedIn} />
      <p>
        {t('auth.noEmail')} <Link to={paths.signIn}>{t('auth.requestNewCode')}</Link>
      </p>
      {hasDevMailbox ? (
        <Notice tone="info" isLive={false}>
          <p>
            {t('auth.devMailboxHint')}{' '}
            <Link
              to={`${paths.devMailbox}${state.email ? `?to=${encodeURIComponent(state.email)}` : ''}`}
            >
              {tp('footer.devMailbox')}
            </Link>
          </p>
        </Notice>
      ) : null}
    </Page>
  );
}
