import type { ConfirmTotpEnrolmentResponse, TotpEnrolment } from '@oikeus/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { useStaffPasswordLink } from '../../features/staff-auth/api/check-staff-password-link';
import { staffAuthKeys } from '../../features/staff-auth/api/query-keys';
import { RecoveryCodes } from '../../features/staff-auth/components/recovery-codes';
import { SetPasswordForm } from '../../features/staff-auth/components/set-password-form';
import { TotpEnrolmentForm } from '../../features/staff-auth/components/totp-enrolment-form';
import { paths } from '../../paths';

type Step =
  | { kind: 'password' }
  | { kind: 'enrol'; enrolment: TotpEnrolment }
  | { kind: 'recovery-codes'; result: ConfirmTotpEnrolmentResponse }
  | { kind: 'done' };

/**
 * Where the invitation and reset mails lead: the new password, then for a new
 * member TOTP enrolment and the recovery codes, after which they are signed in.
 */
export function SetPasswordPage() {
  const { t } = useTranslation('console');
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const link = useStaffPasswordLink(token);
  const [step, setStep] = useState<Step>({ kind: 'password' });
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const isInvitation = link.data?.purpose === 'invitation';
  const title = isInvitation ? t('setPassword.titleInvitation') : t('setPassword.titleReset');

  if (link.isPending) {
    return (
      <Page title={t('setPassword.titleReset')}>
        <p className="loading" role="status" aria-live="polite">
          {t('setPassword.checking')}
        </p>
      </Page>
    );
  }
  if (link.isError) {
    return (
      <Page title={t('setPassword.titleReset')}>
        <Notice tone="error">
          <p>{link.error.message}</p>
        </Notice>
        <p>
          <Link to={paths.console.forgotPassword}>{t('setPassword.askNew')}</Link>
        </p>
      </Page>
    );
  }
  switch (step.kind) {
    case 'password':
      return (
        <Page
          title={title}
          lead={isInvitation ? t('setPassword.leadInvitation') : t('setPassword.leadReset')}
        >
          <SetPasswordForm
            token={token}
            link={link.data}
            onDone={(result) =>
              setStep(
                result.status === 'enrolment_required'
                  ? { kind: 'enrol', enrolment: result.enrolment }
                  : { kind: 'done' },
              )
            }
          />
        </Page>
      );
    case 'enrol':
      return (
        <Page title={title}>
          <TotpEnrolmentForm
            enrolment={step.enrolment}
            onConfirmed={(result) => setStep({ kind: 'recovery-codes', result })}
          />
        </Page>
      );
    case 'recovery-codes':
      return (
        <Page title={title}>
          <RecoveryCodes
            codes={step.result.recoveryCodes}
            onDone={async () => {
              // The guard must see the new session before the queue renders.
              await queryClient.refetchQueries({ queryKey: staffAuthKeys.session });
              void navigate(paths.console.queue, { replace: true });
            }}
          />
        </Page>
      );
    case 'done':
      return (
        <Page title={title}>
          <Notice tone="success" title={t('setPassword.doneTitle')}>
            <p>{t('setPassword.done')}</p>
          </Notice>
          <p>
            <Link to={paths.console.signIn} className="button button--primary">
              {t('setPassword.signIn')}
            </Link>
          </p>
        </Page>
      );
  }
}
