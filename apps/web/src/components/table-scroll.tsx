import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A horizontally scrollable wrapper for wide tables. It is focusable and
 * named so keyboard users can scroll it too (WCAG 2.1.1; axe
 * scrollable-region-focusable).
 */
export function TableScroll({ label, children }: { label?: string; children: ReactNode }) {
  const { t } = useTranslation('common');
  return (
    <div className="table-scroll" role="region" tabIndex={0} aria-label={label ?? t('tableScroll')}>
      {children}
    </div>
  );
}
