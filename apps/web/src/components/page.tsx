import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Every screen's frame: the document title (WCAG 2.4.2) and the one h1,
 * which takes focus after client-side navigation (see RouteFocus).
 */
export function Page({
  title,
  lead,
  children,
  wide = false,
}: {
  title: string;
  lead?: ReactNode;
  children?: ReactNode;
  wide?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className={wide ? 'page page--wide' : 'page'}>
      <title>{`${title} – ${t('app.titleSuffix')}`}</title>
      <h1 id="page-heading" tabIndex={-1}>
        {title}
      </h1>
      {lead ? <p className="lead">{lead}</p> : null}
      {children}
    </div>
  );
}
