import type { ReactNode } from 'react';

/**
 * A boxed message. Errors use role="alert"; success and info use a polite
 * status so they are read without interrupting. The tone is also written in
 * the heading or text, never shown by colour alone (WCAG 1.4.1).
 */
export function Notice({
  tone,
  title,
  children,
  isLive = true,
}: {
  tone: 'error' | 'success' | 'info' | 'warning';
  title?: ReactNode;
  children?: ReactNode;
  /** Off for notices present on page load, which need no announcement. */
  isLive?: boolean;
}) {
  const role = !isLive ? undefined : tone === 'error' ? 'alert' : 'status';
  return (
    <div className={`notice notice--${tone}`} role={role}>
      {title ? <p className="notice__title">{title}</p> : null}
      {children ? <div className="notice__body">{children}</div> : null}
    </div>
  );
}
