import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/notice';

/** Shown once: each code replaces a TOTP code once, e.g. when the phone is lost. */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation('console');
  const [isStored, setIsStored] = useState(false);
  // A data: URL needs no clean-up, unlike a blob: URL.
  const downloadUrl = `data:text/plain;charset=utf-8,${encodeURIComponent(`${codes.join('\n')}\n`)}`;
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <section aria-labelledby="recovery-heading">
      <h2 id="recovery-heading" ref={heading} tabIndex={-1}>
        {t('recovery.title')}
      </h2>
      <Notice tone="warning" isLive={false}>
        <p>{t('recovery.warning')}</p>
      </Notice>
      <ol className="recovery-codes mono">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <p>
        <a href={downloadUrl} download="oikeus-recovery-codes.txt">
          {t('recovery.download')}
        </a>
      </p>
      <div className="choice">
        <input
          id="recovery-stored"
          className="choice__input"
          type="checkbox"
          checked={isStored}
          onChange={(event) => setIsStored(event.target.checked)}
        />
        <label className="choice__label" htmlFor="recovery-stored">
          {t('recovery.stored')}
        </label>
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          aria-disabled={!isStored || undefined}
          aria-describedby={isStored ? undefined : 'recovery-continue-hint'}
          onClick={() => isStored && onDone()}
        >
          {t('recovery.continue')}
        </button>
      </div>
      {isStored ? null : (
        <p id="recovery-continue-hint" className="hint">
          {t('recovery.continueHint')}
        </p>
      )}
    </section>
  );
}
