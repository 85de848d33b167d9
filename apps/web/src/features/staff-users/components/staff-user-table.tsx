import { staffRoles, type StaffRole, type StaffUser } from '@oikeus/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/dates';
import { Notice } from '../../../components/notice';
import { useResetStaffPassword } from '../api/reset-staff-password';
import { useResetStaffTotp } from '../api/reset-staff-totp';
import { useUpdateStaffUser } from '../api/update-staff-user';
import { TableScroll } from '../../../components/table-scroll';
import { nativeLanguageNames } from '../../../lib/language-names';

/** Staff users with their role, state and the admin's actions on each. */
export function StaffUserTable({ users, ownId }: { users: StaffUser[]; ownId: string }) {
  const { t } = useTranslation('console');
  const update = useUpdateStaffUser();
  const resetTotp = useResetStaffTotp();
  const resetPassword = useResetStaffPassword();
  const [status, setStatus] = useState('');
  const error = update.error ?? resetTotp.error ?? resetPassword.error;
  return (
    <>
      {error ? <Notice tone="error">{error.message}</Notice> : null}
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      <TableScroll>
        <table className="table table--stack">
          <caption className="visually-hidden">{t('staff.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('staff.name')}</th>
              <th scope="col">{t('staff.role')}</th>
              <th scope="col">{t('staff.state')}</th>
              <th scope="col">{t('staff.created')}</th>
              <th scope="col">{t('staff.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <StaffUserRow
                key={user.id}
                user={user}
                isSelf={user.id === ownId}
                isBusy={update.isPending || resetTotp.isPending || resetPassword.isPending}
                onRole={(role) =>
                  update.mutate(
                    { id: user.id, role },
                    { onSuccess: () => setStatus(t('staff.roleChanged', { name: user.name })) },
                  )
                }
                onActive={(isActive) =>
                  update.mutate(
                    { id: user.id, isActive },
                    {
                      onSuccess: () =>
                        setStatus(
                          t(isActive ? 'staff.activated' : 'staff.deactivated', {
                            name: user.name,
                          }),
                        ),
                    },
                  )
                }
                onResetTotp={() =>
                  resetTotp.mutate(user.id, {
                    onSuccess: () => setStatus(t('staff.totpReset', { name: user.name })),
                  })
                }
                onResetPassword={() =>
                  resetPassword.mutate(user.id, {
                    onSuccess: (after) =>
                      setStatus(
                        t(
                          after.passwordLink?.purpose === 'invitation'
                            ? 'staff.invitationResent'
                            : 'staff.passwordResetDone',
                          { name: user.name },
                        ),
                      ),
                  })
                }
              />
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

function StaffUserRow({
  user,
  isSelf,
  isBusy,
  onRole,
  onActive,
  onResetTotp,
  onResetPassword,
}: {
  user: StaffUser;
  isSelf: boolean;
  isBusy: boolean;
  onRole: (role: StaffRole) => void;
  onActive: (isActive: boolean) => void;
  onResetTotp: () => void;
  onResetPassword: () => void;
}) {
  const { t } = useTranslation('console');
  const [role, setRole] = useState<StaffRole>(user.role);
  const [isConfirmingReset, setIsConfirmingReset] = useState(false);
  const [isConfirmingPassword, setIsConfirmingPassword] = useState(false);
  // Someone who never accepted their invitation is sent it again rather than a reset.
  const isInvitee = user.mustSetPassword && !user.isTotpEnabled;
  const roleId = `role-${user.id}`;
  return (
    <tr>
      <th scope="row" data-label={t('staff.name')}>
        {user.name}
        {isSelf ? <span className="hint"> ({t('staff.you')})</span> : null}
        <br />
        <span className="hint mono">{user.email}</span>
        <br />
        <span className="hint">
          {t('staff.mailLanguage')}: {nativeLanguageNames[user.locale]}
        </span>
      </th>
      <td data-label={t('staff.role')}>
        <label className="visually-hidden" htmlFor={roleId}>
          {t('staff.roleOf', { name: user.name })}
        </label>
        <div className="inline-form__row">
          <select
            id={roleId}
            className="input select input--auto"
            value={role}
            disabled={isSelf}
            onChange={(event) => setRole(event.target.value as StaffRole)}
          >
            {staffRoles.map((value) => (
              <option key={value} value={value}>
                {t(`roles.${value}`)}
              </option>
            ))}
          </select>
          {role !== user.role ? (
            <button
              type="button"
              className="button button--secondary button--small"
              aria-disabled={isBusy || undefined}
              onClick={() => !isBusy && onRole(role)}
            >
              {t('staff.saveRole')}
            </button>
          ) : null}
        </div>
      </td>
      <td data-label={t('staff.state')}>
        {user.isActive ? (
          t('staff.active')
        ) : (
          <span className="tag tag--muted">{t('staff.inactive')}</span>
        )}
        <br />
        {user.mustSetPassword ? (
          <>
            <span className="tag tag--at-risk">
              {t(isInvitee ? 'staff.invitationPending' : 'staff.passwordResetPending')}
            </span>
            <br />
            <span className="hint">
              {user.passwordLink ? (
                <>
                  {t('staff.linkValidUntil')} <DateTime value={user.passwordLink.expiresAt} />
                </>
              ) : (
                t('staff.linkExpired')
              )}
            </span>
          </>
        ) : user.isTotpEnabled ? (
          t('staff.totpOn')
        ) : (
          <span className="tag tag--at-risk">{t('staff.totpOff')}</span>
        )}
        {user.lockedUntil ? (
          <>
            <br />
            <span className="tag tag--overdue">
              {t('staff.lockedUntil')} <DateTime value={user.lockedUntil} />
            </span>
          </>
        ) : null}
      </td>
      <td data-label={t('staff.created')}>
        <DateTime value={user.createdAt} />
      </td>
      <td data-label={t('staff.actions')}>
        {isSelf ? (
          <span className="hint">{t('staff.notOnSelf')}</span>
        ) : (
          <div className="button-row button-row--tight">
            <button
              type="button"
              className={
                user.isActive
                  ? 'button button--danger-outline button--small'
                  : 'button button--secondary button--small'
              }
              aria-disabled={isBusy || undefined}
              onClick={() => !isBusy && onActive(!user.isActive)}
            >
              {user.isActive ? t('staff.deactivate') : t('staff.activate')}
              <span className="visually-hidden">: {user.name}</span>
            </button>
            {isConfirmingPassword ? (
              <>
                <button
                  type="button"
                  className="button button--danger button--small"
                  aria-disabled={isBusy || undefined}
                  onClick={() => {
                    if (isBusy) return;
                    onResetPassword();
                    setIsConfirmingPassword(false);
                  }}
                >
                  {t(isInvitee ? 'staff.confirmResendInvitation' : 'staff.confirmResetPassword')}
                  <span className="visually-hidden">: {user.name}</span>
                </button>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => setIsConfirmingPassword(false)}
                >
                  {t('staff.cancel')}
                </button>
              </>
            ) : (
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => setIsConfirmingPassword(true)}
              >
                {t(isInvitee ? 'staff.resendInvitation' : 'staff.resetPassword')}
                <span className="visually-hidden">: {user.name}</span>
              </button>
            )}
            {isConfirmingReset ? (
              <>
                <button
                  type="button"
                  className="button button--danger button--small"
                  aria-disabled={isBusy || undefined}
                  onClick={() => {
                    if (isBusy) return;
                    onResetTotp();
                    setIsConfirmingReset(false);
                  }}
                >
                  {t('staff.confirmResetTotp')}
                  <span className="visually-hidden">: {user.name}</span>
                </button>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => setIsConfirmingReset(false)}
                >
                  {t('staff.cancel')}
                </button>
              </>
            ) : (
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => setIsConfirmingReset(true)}
              >
                {t('staff.resetTotp')}
                <span className="visually-hidden">: {user.name}</span>
              </button>
            )}
          </div>
        )}
      </td>
    </tr>
  );
}
