import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function Fallback() {
  const { t } = useTranslation();
  return (
    <div className="page" role="alert">
      <h1>{t('errors.title')}</h1>
      <p>{t('errors.unexpected')}</p>
      <button
        type="button"
        className="button button--primary"
        onClick={() => window.location.reload()}
      >
        {t('errors.reload')}
      </button>
    </div>
  );
}

/** A rendering failure shows a way out instead of a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { hasError: boolean }> {
  override state = { hasError: false };

  static getDerivedStateFromError(): { hasError: boolean } {
    return { hasError: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Only the browser console sees it: no personal data leaves the page.
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.hasError ? <Fallback /> : this.props.children;
  }
}
