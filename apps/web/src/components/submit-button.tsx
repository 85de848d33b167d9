import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Stays focusable while busy (aria-disabled) so keyboard users do not lose their place. */
export function SubmitButton({
  isPending,
  children,
  variant = 'primary',
  pendingLabel,
}: {
  isPending: boolean;
  children: ReactNode;
  variant?: 'primary' | 'secondary' | 'danger';
  pendingLabel?: string;
}) {
  const { t } = useTranslation();
  return (
    <button
      type="submit"
      className={`button button--${variant}`}
      aria-disabled={isPending || undefined}
      onClick={(event) => {
        if (isPending) event.preventDefault();
      }}
    >
      {isPending ? (pendingLabel ?? t('saving')) : children}
    </button>
  );
}
