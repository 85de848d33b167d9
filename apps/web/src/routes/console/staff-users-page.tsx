import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import { useStaffSession } from '../../features/staff-auth/api/get-staff-session';
import { useStaffUsers } from '../../features/staff-users/api/list-staff-users';
import { InviteStaffUserForm } from '../../features/staff-users/components/invite-staff-user-form';
import { StaffUserTable } from '../../features/staff-users/components/staff-user-table';

export function StaffUsersPage() {
  const { t } = useTranslation('console');
  const users = useStaffUsers();
  const ownId = useStaffSession().data?.staff.id ?? '';
  return (
    <Page title={t('staff.title')} lead={t('staff.lead')} wide>
      <QueryView query={users}>{(data) => <StaffUserTable users={data} ownId={ownId} />}</QueryView>
      <section aria-labelledby="create-staff-heading" className="panel">
        <h2 id="create-staff-heading">{t('staff.createTitle')}</h2>
        <p>{t('staff.inviteLead')}</p>
        <InviteStaffUserForm />
      </section>
    </Page>
  );
}
