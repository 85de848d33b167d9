import type { SubjectRequestDetail } from '@oikeus/contracts';
import { useTranslation } from 'react-i18next';
import { DateTime, LocalDate } from '../../../components/dates';
import { StatusTag } from '../../../components/status-tag';
import { formatLocalDate } from '../../../lib/format-date';
import { useLocale } from '../../../lib/use-locale';

/** Status and the legal deadline (GDPR Art. 12(3)), with an extension or pause explained. */
export function RequestSummary({ request }: { request: SubjectRequestDetail }) {
  const { t } = useTranslation('requests');
  const { t: tc } = useTranslation();
  const locale = useLocale();
  const { deadline } = request;
  const isOpen = request.closedAt === null;
  return (
    <dl className="summary-list">
      <div className="summary-list__row">
        <dt>{t('detail.status')}</dt>
        <dd>
          <StatusTag status={request.status} />
        </dd>
      </div>
      <div className="summary-list__row">
        <dt>{t('detail.reference')}</dt>
        <dd className="reference">{request.reference}</dd>
      </div>
      <div className="summary-list__row">
        <dt>{t('detail.registers')}</dt>
        <dd>{request.registers.map((id) => tc(`register.${id}`)).join(', ')}</dd>
      </div>
      <div className="summary-list__row">
        <dt>{t('detail.receivedAt')}</dt>
        <dd>
          <DateTime value={request.receivedAt} />
        </dd>
      </div>
      {isOpen ? (
        <div className="summary-list__row">
          <dt>{t('detail.deadline')}</dt>
          <dd>
            <strong>
              <LocalDate value={deadline.effectiveDueDate} withWeekday />
            </strong>
            {deadline.isExtended ? (
              <p className="hint">
                {t('detail.extended', { date: formatLocalDate(deadline.dueDate, locale) })}
              </p>
            ) : null}
            {deadline.isExtended && deadline.extensionReason ? (
              <p className="hint">
                {t('detail.extensionReason')}: {deadline.extensionReason}
              </p>
            ) : null}
            {deadline.isSuspended ? <p className="hint">{t('detail.paused')}</p> : null}
            {!deadline.isSuspended && deadline.pausedDays > 0 ? (
              <p className="hint">{t('detail.pausedDays', { count: deadline.pausedDays })}</p>
            ) : null}
          </dd>
        </div>
      ) : (
        <div className="summary-list__row">
          <dt>{t('detail.closedAt')}</dt>
          <dd>{request.closedAt ? <DateTime value={request.closedAt} /> : null}</dd>
        </div>
      )}
    </dl>
  );
}
