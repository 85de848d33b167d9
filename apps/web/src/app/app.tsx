import { QueryClientProvider } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router';
import { ErrorBoundary } from '../components/error-boundary';
import { i18n } from '../i18n/i18n';
import { createQueryClient } from '../lib/query-client';
import { paths } from '../paths';
import { lazyPage } from './lazy-page';
import { HomePage } from '../routes/portal/home-page';
import NotFoundPage from '../routes/portal/not-found-page';
import { PortalLayout } from '../routes/portal/portal-layout';
import { RequireSubject } from '../routes/portal/require-subject';

// Pages beyond the front page load on demand, keeping the portal entry small.
const AccountPage = lazyPage(() => import('../routes/portal/account-page'), ['auth']);
const DevMailboxPage = lazyPage(() => import('../routes/portal/dev-mailbox-page'), ['portal']);
const MyRequestsPage = lazyPage(() => import('../routes/portal/my-requests-page'), ['requests']);
const NewRequestFormPage = lazyPage(
  () => import('../routes/portal/new-request-form-page'),
  ['requests'],
);
const NewRequestPage = lazyPage(() => import('../routes/portal/new-request-page'), ['requests']);
const PrivacyNoticePage = lazyPage(
  () => import('../routes/portal/privacy-notice-page'),
  ['portal'],
);
const RequestPage = lazyPage(() => import('../routes/portal/request-page'), ['requests']);
const RequestSubmittedPage = lazyPage(
  () => import('../routes/portal/request-submitted-page'),
  ['requests'],
);
const SignInPage = lazyPage(() => import('../routes/portal/sign-in-page'), ['auth']);
const SignUpPage = lazyPage(() => import('../routes/portal/sign-up-page'), ['auth']);
const VerifyPage = lazyPage(() => import('../routes/portal/verify-page'), ['auth']);
// The staff console is its own chunk: the portal entry never carries its code.
const ConsoleApp = lazyPage(
  () => import('../routes/console/console-app'),
  ['console', 'registers'],
);

function ConsoleLoading() {
  const { t } = useTranslation();
  return (
    <p className="loading page" role="status" aria-live="polite">
      {t('loading')}
    </p>
  );
}

function AppRoutes() {
  return (
    <Routes>
      <Route
        path={paths.console.pattern}
        element={
          <Suspense fallback={<ConsoleLoading />}>
            <ConsoleApp />
          </Suspense>
        }
      />
      <Route element={<PortalLayout />}>
        <Route path={paths.home} element={<HomePage />} />
        <Route path={paths.signUp} element={<SignUpPage />} />
        <Route path={paths.signIn} element={<SignInPage />} />
        <Route path={paths.verify} element={<VerifyPage />} />
        <Route path={paths.privacyNotice} element={<PrivacyNoticePage />} />
        <Route path={paths.devMailbox} element={<DevMailboxPage />} />
        <Route
          path={paths.account}
          element={
            <RequireSubject>
              <AccountPage />
            </RequireSubject>
          }
        />
        <Route
          path={paths.newRequest}
          element={
            <RequireSubject>
              <NewRequestPage />
            </RequireSubject>
          }
        />
        <Route
          path={paths.newRequestOfType.pattern}
          element={
            <RequireSubject>
              <NewRequestFormPage />
            </RequireSubject>
          }
        />
        <Route
          path={paths.myRequests}
          element={
            <RequireSubject>
              <MyRequestsPage />
            </RequireSubject>
          }
        />
        <Route
          path={paths.request.pattern}
          element={
            <RequireSubject>
              <RequestPage />
            </RequireSubject>
          }
        />
        <Route
          path={paths.requestSubmitted.pattern}
          element={
            <RequireSubject>
              <RequestSubmittedPage />
            </RequireSubject>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <I18nextProvider i18n={i18n}>
      <ErrorBoundary>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            {/* Texts of a language other than Finnish arrive in their own chunk. */}
            <Suspense fallback={null}>
              <AppRoutes />
            </Suspense>
          </BrowserRouter>
        </QueryClientProvider>
      </ErrorBoundary>
    </I18nextProvider>
  );
}
