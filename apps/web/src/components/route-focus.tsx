import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After a client-side navigation, move focus to the new page's heading so
 * screen readers announce it and keyboard users start from the top
 * (WCAG 2.4.3). The first load keeps the browser's own behaviour.
 */
export function RouteFocus() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const heading = document.getElementById('page-heading');
    if (heading) heading.focus();
    else document.getElementById('main')?.focus();
    window.scrollTo(0, 0);
  }, [pathname]);
  return null;
}
