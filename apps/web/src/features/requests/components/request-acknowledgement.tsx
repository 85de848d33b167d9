import type { SubjectRequestDetail } from '@oikeus/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateTime, LocalDate } from '../../../components/dates';
import { paths } from '../../../paths';
import { ObjectionNotice } from './objection-notice';

/** Receipt of a new request: the reference, the legal deadline (Art. 12(3)) and what comes next. */
export function RequestAcknowledgement({ request }: { request: SubjectRequestDetail }) {
  const { t } = useTranslation('requests');
  return (
    <>
      <div className="panel panel--highlight">
        <dl className="summary-list">
          <div className="summary-list__row">
            <dt>{t('submitted.reference')}</dt>
            <dd className="reference">{request.reference}</dd>
          </div>
          <div className="summary-list__row">
            <dt>{t('submitted.receivedAt')}</dt>
            <dd>
              <DateTime value={request.receivedAt} />
            </dd>
          </div>
          <div className="summary-list__row">
            <dt>{t('submitted.deadline')}</dt>
            <dd>
              <strong>
                <LocalDate value={request.deadline.effectiveDueDate} withWeekday />
              </strong>
            </dd>
          </div>
        </dl>
        <p className="hint">{t('submitted.referenceHint')}</p>
      </div>
      {request.type === 'objection' ? <ObjectionNotice request={request} /> : null}
      <p>{t('submitted.deadlineHint')}</p>
      <p>{t('submitted.emailSent')}</p>
      <h2>{t('submitted.nextHeading')}</h2>
      <ol className="steps">
        <li>{t('submitted.nextCommon1')}</li>
        <li>{t('submitted.nextCommon2')}</li>
        <li>{t('submitted.nextCommon3')}</li>
      </ol>
      <div className="button-row">
        <Link className="button button--primary" to={paths.request.to(request.id)}>
          {t('submitted.viewRequest')}
        </Link>
        <Link className="button button--secondary" to={paths.myRequests}>
          {t('submitted.toMyRequests')}
        </Link>
      </div>
    </>
  );
}
