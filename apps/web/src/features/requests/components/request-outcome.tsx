import type { SubjectRequestDetail } from '@oikeus/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../paths';

/**
 * The handler's answer — with any part not acted on — or the refusal, each
 * with the right to complain (GDPR Art. 12(4), 77).
 */
export function RequestOutcome({ request }: { request: SubjectRequestDetail }) {
  const { t } = useTranslation('requests');
  if (request.status === 'refused') {
    return (
      <section aria-labelledby="outcome-heading" className="panel">
        <h2 id="outcome-heading">{t('detail.refusedHeading')}</h2>
        {request.refusalReason ? <p className="pre-wrap">{request.refusalReason}</p> : null}
        <p>{t('detail.complaintHelp')}</p>
        <p>
          <Link to={`${paths.privacyNotice}#notice-complaint`}>{t('detail.complaintLink')}</Link>
        </p>
      </section>
    );
  }
  if (request.status === 'completed' && request.responseLetter) {
    return (
      <section aria-labelledby="outcome-heading" className="panel">
        <h2 id="outcome-heading">{t('detail.resultHeading')}</h2>
        <p className="pre-wrap">{request.responseLetter}</p>
        {request.refusalReason ? (
          <>
            <h3>{t('detail.partlyRefusedHeading')}</h3>
            <p className="pre-wrap">{request.refusalReason}</p>
            <p>{t('detail.complaintHelp')}</p>
            <p>
              <Link to={`${paths.privacyNotice}#notice-complaint`}>
                {t('detail.complaintLink')}
              </Link>
            </p>
          </>
        ) : null}
      </section>
    );
  }
  return null;
}
