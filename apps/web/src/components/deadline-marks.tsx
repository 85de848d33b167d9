import { useTranslation } from 'react-i18next';

/**
 * Days left, and the at-risk, overdue, paused and extended marks, all in
 * words; the colours only repeat what the text says (WCAG 1.4.1).
 */
export function DeadlineMarks({
  daysLeft,
  isOverdue,
  isAtRisk,
  isSuspended,
  isExtended,
}: {
  daysLeft: number;
  isOverdue: boolean;
  isAtRisk: boolean;
  isSuspended: boolean;
  isExtended: boolean;
}) {
  const { t } = useTranslation();
  return (
    <span className="deadline-marks">
      {isOverdue ? (
        <span className="tag tag--overdue">{t('deadline.overdue', { count: -daysLeft })}</span>
      ) : daysLeft === 0 ? (
        <span className="tag tag--at-risk">{t('deadline.dueToday')}</span>
      ) : (
        <span className="days-left">{t('deadline.daysLeft', { count: daysLeft })}</span>
      )}
      {isAtRisk && !isOverdue ? (
        <span className="tag tag--at-risk">{t('deadline.atRisk')}</span>
      ) : null}
      {isSuspended ? <span className="tag tag--paused">{t('deadline.paused')}</span> : null}
      {isExtended ? <span className="tag tag--info">{t('deadline.extended')}</span> : null}
    </span>
  );
}
