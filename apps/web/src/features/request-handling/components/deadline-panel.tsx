import type { ConsoleDeadline } from '@oikeus/contracts';
import type { DeadlineReasoningStep, SkippedDay } from '@oikeus/domain';
import { useTranslation } from 'react-i18next';
import { DateTime, LocalDate } from '../../../components/dates';
import { formatDateTime, formatLocalDate } from '../../../lib/format-date';
import { useLocale } from '../../../lib/use-locale';
import { DeadlineMarks } from '../../../components/deadline-marks';

/**
 * The legal deadline and how it was reached, step by step (GDPR Art. 12(3),
 * Regulation 1182/71 Art. 3), so a handler can check the date and explain it.
 */
export function DeadlinePanel({ deadline }: { deadline: ConsoleDeadline }) {
  const { t } = useTranslation('console');
  const locale = useLocale();
  return (
    <section aria-labelledby="deadline-heading" className="panel">
      <h2 id="deadline-heading">{t('deadline.title')}</h2>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{t('deadline.effective')}</dt>
          <dd>
            <strong>
              <LocalDate value={deadline.effectiveDueDate} withWeekday />
            </strong>
            <br />
            <DeadlineMarks
              daysLeft={deadline.daysLeft}
              isOverdue={deadline.isOverdue}
              isAtRisk={deadline.isAtRisk}
              isSuspended={deadline.isSuspended}
              isExtended={deadline.isExtended}
            />
            <p className="hint">
              {t('deadline.workingDaysLeft', { count: deadline.workingDaysLeft })}
            </p>
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('deadline.target')}</dt>
          <dd>
            <LocalDate value={deadline.targetDate} withWeekday />
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('deadline.oneMonth')}</dt>
          <dd>
            <LocalDate value={deadline.dueDate} />
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('deadline.extendedDate')}</dt>
          <dd>
            <LocalDate value={deadline.extendedDueDate} />{' '}
            <span className="hint">
              {deadline.isExtended
                ? t('deadline.extendedOn', {
                    date: deadline.extendedAt ? formatDateTime(deadline.extendedAt, locale) : '',
                  })
                : deadline.canExtend
                  ? t('deadline.canExtend')
                  : t('deadline.cannotExtend')}
            </span>
            {deadline.extensionReason ? (
              <p className="pre-wrap">{deadline.extensionReason}</p>
            ) : null}
          </dd>
        </div>
        {deadline.pauses.length > 0 ? (
          <div className="summary-list__row">
            <dt>{t('deadline.pauses')}</dt>
            <dd>
              <ul className="plain-list">
                {deadline.pauses.map((pause) => (
                  <li key={pause.startedAt}>
                    <DateTime value={pause.startedAt} /> –{' '}
                    {pause.endedAt ? <DateTime value={pause.endedAt} /> : t('deadline.stillPaused')}
                  </li>
                ))}
              </ul>
              <p className="hint">{t('deadline.pausedDays', { count: deadline.pausedDays })}</p>
            </dd>
          </div>
        ) : null}
      </dl>
      <details className="reasoning">
        <summary>{t('deadline.howComputed')}</summary>
        <ol className="steps">
          {deadline.reasoning.map((step, index) => (
            <li key={index}>
              <ReasoningStep step={step as unknown as DeadlineReasoningStep} />
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}

function ReasoningStep({ step }: { step: DeadlineReasoningStep }) {
  const { t } = useTranslation('console');
  const locale = useLocale();
  const date = (value: string) => formatLocalDate(value, locale, { withWeekday: true });
  const skipped = (days: SkippedDay[]) =>
    days
      .map((day) =>
        day.reason === 'holiday' && day.holidayName
          ? `${formatLocalDate(day.date, locale)} (${day.holidayName[locale]})`
          : `${formatLocalDate(day.date, locale)} (${t(`deadline.reasons.${day.reason}`)})`,
      )
      .join(', ');
  switch (step.step) {
    case 'receipt':
      return (
        <>
          {t('deadline.steps.receipt', {
            at: formatDateTime(step.receivedAt, locale),
            date: date(step.date),
            timeZone: step.timeZone,
          })}
          {step.isWorkingDay ? null : ` ${t('deadline.steps.receiptNonWorking')}`}
        </>
      );
    case 'one-month':
    case 'three-months':
      return (
        <>
          {t(step.step === 'one-month' ? 'deadline.steps.oneMonth' : 'deadline.steps.threeMonths', {
            from: date(step.from),
            date: date(step.date),
          })}
          {step.isClampedToMonthEnd ? ` ${t('deadline.steps.clamped')}` : null}
        </>
      );
    case 'pause':
      return (
        <>
          {t('deadline.steps.pause', {
            count: step.days,
            from: date(step.from),
            date: date(step.date),
          })}
        </>
      );
    case 'shift':
      return (
        <>
          {t('deadline.steps.shift', {
            from: date(step.from),
            to: date(step.to),
            days: skipped(step.skipped),
          })}
        </>
      );
    case 'effective':
      return (
        <>
          {t(step.isExtended ? 'deadline.steps.effectiveExtended' : 'deadline.steps.effective', {
            date: date(step.date),
          })}
        </>
      );
    case 'target':
      return (
        <>
          {t('deadline.steps.target', { count: step.daysBefore, date: date(step.date) })}
          {step.skipped.length > 0
            ? ` ${t('deadline.steps.targetMoved', { days: skipped(step.skipped) })}`
            : null}
          {step.isClampedToReceipt ? ` ${t('deadline.steps.targetClamped')}` : null}
        </>
      );
    default:
      return null;
  }
}
