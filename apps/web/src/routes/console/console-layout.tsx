import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import { LanguageSwitcher } from '../../components/language-switcher';
import { RouteFocus } from '../../components/route-focus';
import { SkipLink } from '../../components/skip-link';
import { useStaffSession } from '../../features/staff-auth/api/get-staff-session';
import { useStaffLogout } from '../../features/staff-auth/api/staff-logout';
import { paths } from '../../paths';

export function ConsoleLayout() {
  const { t } = useTranslation('console');
  const { t: tc } = useTranslation();
  const session = useStaffSession();
  const logout = useStaffLogout();
  const navigate = useNavigate();
  const staff = session.data?.staff ?? null;
  return (
    <>
      <SkipLink />
      <RouteFocus />
      <header className="site-header site-header--console">
        <div className="site-header__inner">
          <Link to={paths.console.root} className="brand">
            <span className="brand__name">{tc('app.name')}</span>
            <span className="brand__tagline">{t('tagline')}</span>
          </Link>
          <LanguageSwitcher />
        </div>
        {staff ? (
          <nav className="site-nav" aria-label={t('nav.label')}>
            <div className="site-nav__list site-nav__list--split">
              <ul className="site-nav__items">
                <li>
                  <NavLink to={paths.console.queue} end>
                    {t('nav.queue')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to={paths.console.holdings}>{t('nav.holdings')}</NavLink>
                </li>
                <li>
                  <NavLink to={paths.console.reports}>{t('nav.reports')}</NavLink>
                </li>
                {staff.role === 'admin' || staff.role === 'auditor' ? (
                  <li>
                    <NavLink to={paths.console.audit}>{t('nav.audit')}</NavLink>
                  </li>
                ) : null}
                {staff.role === 'admin' ? (
                  <li>
                    <NavLink to={paths.console.staff}>{t('nav.staff')}</NavLink>
                  </li>
                ) : null}
                {staff.role === 'admin' ? (
                  <li>
                    <NavLink to={paths.console.housekeeping}>{t('nav.housekeeping')}</NavLink>
                  </li>
                ) : null}
                {staff.role === 'admin' ? (
                  <li>
                    <NavLink to={paths.console.apiKeys}>{t('nav.apiKeys')}</NavLink>
                  </li>
                ) : null}
              </ul>
              <div className="site-nav__user">
                <NavLink to={paths.console.account}>
                  <span className="visually-hidden">{t('nav.account')}: </span>
                  {staff.name} <span className="site-nav__role">({t(`roles.${staff.role}`)})</span>
                </NavLink>
                <button
                  type="button"
                  className="button button--on-dark button--small"
                  aria-disabled={logout.isPending || undefined}
                  onClick={() =>
                    !logout.isPending &&
                    logout.mutate(undefined, {
                      onSuccess: () => void navigate(paths.console.signIn),
                    })
                  }
                >
                  {t('nav.signOut')}
                </button>
              </div>
            </div>
          </nav>
        ) : null}
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
    </>
  );
}
