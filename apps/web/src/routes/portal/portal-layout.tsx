import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { LanguageSwitcher } from '../../components/language-switcher';
import { RouteFocus } from '../../components/route-focus';
import { SkipLink } from '../../components/skip-link';
import { useSession } from '../../features/auth/api/get-session';
import { useIsDevMailboxAvailable } from '../../features/dev-mailbox/api/probe-dev-mailbox';
import { paths } from '../../paths';

/** The portal's frame: skip link, header with navigation and language, main, footer. */
export function PortalLayout() {
  const { t } = useTranslation('portal');
  const { t: tc } = useTranslation();
  const session = useSession();
  const account = session.data ?? null;
  const hasDevMailbox = useIsDevMailboxAvailable();
  return (
    <>
      <SkipLink />
      <RouteFocus />
      <header className="site-header">
        <div className="site-header__inner">
          <Link to={paths.home} className="brand">
            <span className="brand__name">{tc('app.name')}</span>
            <span className="brand__tagline">{tc('app.tagline')}</span>
          </Link>
          <LanguageSwitcher />
        </div>
        <nav className="site-nav" aria-label={t('nav.label')}>
          <ul className="site-nav__list">
            <li>
              <NavLink to={paths.home} end>
                {t('nav.home')}
              </NavLink>
            </li>
            <li>
              <NavLink to={paths.privacyNotice}>{t('nav.privacyNotice')}</NavLink>
            </li>
            {account ? (
              <>
                <li>
                  <NavLink to={paths.newRequest}>{t('nav.newRequest')}</NavLink>
                </li>
                <li>
                  <NavLink to={paths.myRequests} end>
                    {t('nav.myRequests')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to={paths.account}>{t('nav.account')}</NavLink>
                </li>
              </>
            ) : session.isPending ? null : (
              <>
                <li>
                  <NavLink to={paths.signIn} end>
                    {t('nav.signIn')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to={paths.signUp}>{t('nav.signUp')}</NavLink>
                </li>
              </>
            )}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="site-main">
        <Suspense
          fallback={
            <p className="loading page" role="status" aria-live="polite">
              {tc('loading')}
            </p>
          }
        >
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <p>{t('footer.controller')}</p>
          <ul className="site-footer__links">
            <li>
              <Link to={paths.privacyNotice}>{t('nav.privacyNotice')}</Link>
            </li>
            {hasDevMailbox ? (
              <li>
                <Link to={paths.devMailbox}>{t('footer.devMailbox')}</Link>
              </li>
            ) : null}
            <li>
              <a href={paths.console.root}>{t('footer.staff')}</a>
            </li>
          </ul>
        </div>
      </footer>
    </>
  );
}
