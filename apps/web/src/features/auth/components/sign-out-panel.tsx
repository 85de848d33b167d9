import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/notice';
import { useSignOut } from '../api/sign-out';
import { useSignOutEverywhere } from '../api/sign-out-everywhere';

/** Sign out here, or end every session on every device (e.g. after using a shared computer). */
export function SignOutPanel({ onSignedOut }: { onSignedOut: () => void }) {
  const { t } = useTranslation('auth');
  const signOut = useSignOut();
  const signOutEverywhere = useSignOutEverywhere();
  const error = signOut.error ?? signOutEverywhere.error;
  const isBusy = signOut.isPending || signOutEverywhere.isPending;

  return (
    <section aria-labelledby="sign-out-heading" className="panel">
      <h2 id="sign-out-heading">{t('account.signOutHeading')}</h2>
      {error ? <Notice tone="error">{error.message}</Notice> : null}
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={isBusy || undefined}
          onClick={() => !isBusy && signOut.mutate(undefined, { onSuccess: onSignedOut })}
        >
          {t('account.signOut')}
        </button>
      </div>
      <h3>{t('account.everywhereHeading')}</h3>
      <p>{t('account.everywhereHelp')}</p>
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={isBusy || undefined}
          onClick={() => !isBusy && signOutEverywhere.mutate(undefined, { onSuccess: onSignedOut })}
        >
          {t('account.signOutEverywhere')}
        </button>
      </div>
    </section>
  );
}
