import type { Report } from '@oikeus/contracts';
import { useTranslation } from 'react-i18next';
import { useReportFormat } from './use-report-format';

/** The few numbers a reader looks for first. */
export function KeyFigures({ report }: { report: Report }) {
  const { t } = useTranslation('reporting');
  const format = useReportFormat();
  const median = report.workingDays.overall.median;
  const lastOpen = report.backlog.at(-1);
  const rows: Array<[string, string]> = [
    [t('key.received'), format.count(report.received.total)],
    [t('key.answered'), format.count(report.timeliness.answered)],
    [
      t('key.onTimeRate'),
      report.timeliness.onTimeRate === null
        ? t('key.noRate')
        : format.share(report.timeliness.onTimeRate),
    ],
    [
      t('key.medianDays'),
      median === null ? '–' : t('days', { count: median, value: format.decimal(median) }),
    ],
    [t('key.openNow'), lastOpen ? format.count(lastOpen.open) : '–'],
  ];
  return (
    <section className="report-section" aria-labelledby="key-figures-title">
      <h2 id="key-figures-title">{t('key.title')}</h2>
      <dl className="report-key-figures">
        {rows.map(([label, value]) => (
          <div key={label} className="report-key-figures__item">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
