// The staff console: its own chunk (lazy from app.tsx), its own texts (`console`
// namespace) and styles, so none of it weighs on the public portal.
import { Route, Routes } from 'react-router';
import { lazyPage } from '../../app/lazy-page';
import { consoleRoutes } from '../../paths';
import NotFoundPage from '../portal/not-found-page';
import { AccountPage } from './account-page';
import { ApiKeysPage } from './api-keys-page';
import { AuditPage } from './audit-page';
import { ForgotPasswordPage } from './forgot-password-page';
import { EditRecordPage, NewRecordPage } from './hand-record-page';
import { HoldingsPage } from './holdings-page';
import { HousekeepingPage } from './housekeeping-page';
import { ConsoleLayout } from './console-layout';
import { ConsoleRequestPage } from './console-request-page';
import { QueuePage } from './queue-page';
import { RecordPermissionPage } from './record-permission-page';
import { RegisterRecordPage } from './register-record-page';
import { RequireStaff } from './require-staff';
import { SetPasswordPage } from './set-password-page';
import { StaffSignInPage } from './staff-sign-in-page';
import { StaffUsersPage } from './staff-users-page';
import './console.css';

// With the charting library: loaded only when a reporting page opens.
const ReportingPage = lazyPage(() => import('./reporting-page'), ['reporting']);
const YearlySummaryPage = lazyPage(() => import('./yearly-summary-page'), ['reporting']);

export default function ConsoleApp() {
  return (
    <Routes>
      <Route element={<ConsoleLayout />}>
        <Route path={consoleRoutes.signIn} element={<StaffSignInPage />} />
        <Route path={consoleRoutes.forgotPassword} element={<ForgotPasswordPage />} />
        <Route path={consoleRoutes.setPassword} element={<SetPasswordPage />} />
        <Route element={<RequireStaff />}>
          <Route index element={<QueuePage />} />
          <Route path={consoleRoutes.request} element={<ConsoleRequestPage />} />
          <Route path={consoleRoutes.account} element={<AccountPage />} />
          <Route path={consoleRoutes.holdings} element={<HoldingsPage />} />
          <Route path={consoleRoutes.record} element={<RegisterRecordPage />} />
          <Route element={<RequireStaff roles={['handler', 'admin']} />}>
            <Route path={consoleRoutes.newRecord} element={<NewRecordPage />} />
            <Route path={consoleRoutes.editRecord} element={<EditRecordPage />} />
            <Route path={consoleRoutes.recordPermission} element={<RecordPermissionPage />} />
          </Route>
          <Route path={consoleRoutes.reports} element={<ReportingPage />} />
          <Route path={consoleRoutes.yearlySummary} element={<YearlySummaryPage />} />
          <Route element={<RequireStaff roles={['admin', 'auditor']} />}>
            <Route path={consoleRoutes.audit} element={<AuditPage />} />
          </Route>
          <Route element={<RequireStaff roles={['admin']} />}>
            <Route path={consoleRoutes.staff} element={<StaffUsersPage />} />
            <Route path={consoleRoutes.housekeeping} element={<HousekeepingPage />} />
            <Route path={consoleRoutes.apiKeys} element={<ApiKeysPage />} />
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
