import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/notice';
import { useVerifyAuth } from '../api/verify-auth';

/**
 * Opening the emailed link signs in: the token is sent once from the page
 * (never by a GET the mail scanner could follow), and a failed link says why.
 */
export function VerifyLink({
  token,
  onSignedIn,
  fallback,
}: {
  token: string;
  onSignedIn: () => void;
  /** Shown under the error when the link fails, e.g. the code form. */
  fallback?: ReactNode;
}) {
  const { t } = useTranslation('auth');
  const verify = useVerifyAuth();
  const { mutate } = verify;
  const sentToken = useRef<string | null>(null);

  useEffect(() => {
    // The token works once; React may run effects twice in development.
    if (sentToken.current === token) return;
    sentToken.current = token;
    mutate({ token }, { onSuccess: onSignedIn });
  }, [token, mutate, onSignedIn]);

  if (verify.isError) {
    return (
      <>
        <Notice tone="error" title={t('auth.linkFailedTitle')}>
          <p>{verify.error.message}</p>
          <p>{t('auth.linkFailedHelp')}</p>
        </Notice>
        {fallback}
      </>
    );
  }
  return (
    <p className="loading" role="status" aria-live="polite">
      {t('auth.linkVerifying')}
    </p>
  );
}
