import type { ConfirmTotpEnrolmentResponse, TotpEnrolment } from '@oikeus/contracts';
import { useState } from 'react';
import { RecoveryCodes } from './recovery-codes';
import { StaffCredentialsForm } from './staff-credentials-form';
import { TotpEnrolmentForm } from './totp-enrolment-form';

type Step =
  | { kind: 'credentials' }
  | { kind: 'enrol'; enrolment: TotpEnrolment }
  | { kind: 'recovery-codes'; result: ConfirmTotpEnrolmentResponse };

/** Password and TOTP; on first sign-in, TOTP enrolment and the one-time view of recovery codes. */
export function StaffSignIn({
  onSignedIn,
}: {
  onSignedIn: (remainingRecoveryCodes?: number) => void;
}) {
  const [step, setStep] = useState<Step>({ kind: 'credentials' });
  switch (step.kind) {
    case 'credentials':
      return (
        <StaffCredentialsForm
          onSignedIn={onSignedIn}
          onEnrolmentRequired={(enrolment) => setStep({ kind: 'enrol', enrolment })}
        />
      );
    case 'enrol':
      return (
        <TotpEnrolmentForm
          enrolment={step.enrolment}
          onConfirmed={(result) => setStep({ kind: 'recovery-codes', result })}
        />
      );
    case 'recovery-codes':
      return <RecoveryCodes codes={step.result.recoveryCodes} onDone={() => onSignedIn()} />;
  }
}
