import type { Report, ReportFilterQuery } from '@oikeus/contracts';
import { useTranslation } from 'react-i18next';
import { BacklogChart, BacklogTable } from './backlog-figure';
import { ChartFigure } from './chart-figure';
import { KeyFigures } from './key-figures';
import { OtherFigures } from './other-figures';
import { ReceivedChart, ReceivedTable } from './received-figure';
import { RegisterActionsTable } from './register-actions-table';
import { ReportDownloads } from './report-downloads';
import { TimelinessChart, TimelinessRate, TimelinessTable } from './timeliness-figure';
import { useReportFormat } from './use-report-format';
import { WorkingDaysChart, WorkingDaysTable } from './working-days-figure';

/** Which period and whose requests the figures are of, in words. */
export function ReportScopeLine({ report }: { report: Report }) {
  const { t } = useTranslation('reporting');
  const format = useReportFormat();
  return (
    <p>
      {t('periodShown', {
        from: format.date(report.period.from),
        to: format.date(report.period.to),
        timeZone: report.timeZone,
      })}
      {report.filters.handler
        ? ` ${t('handlerShown', { name: report.filters.handler.name })}`
        : null}
    </p>
  );
}

/** Every figure of the report: a chart with its table under it, and the downloads. */
export function ReportView({ report, query }: { report: Report; query: ReportFilterQuery }) {
  const { t } = useTranslation('reporting');
  const year = Number(report.period.to.slice(0, 4));
  return (
    <>
      <ReportScopeLine report={report} />
      <KeyFigures report={report} />
      <ReportDownloads query={query} year={year} />
      <ChartFigure
        id="received"
        title={t('received.title')}
        lead={t('received.lead')}
        chart={<ReceivedChart received={report.received} />}
      >
        <ReceivedTable received={report.received} />
      </ChartFigure>
      <ChartFigure
        id="backlog"
        title={t('backlog.title')}
        lead={t('backlog.lead')}
        chart={report.backlog.length > 0 ? <BacklogChart backlog={report.backlog} /> : null}
      >
        {report.backlog.length > 0 ? <BacklogTable backlog={report.backlog} /> : <p>{t('none')}</p>}
      </ChartFigure>
      <ChartFigure
        id="timeliness"
        title={t('timeliness.title')}
        lead={t('timeliness.lead')}
        chart={<TimelinessChart timeliness={report.timeliness} />}
      >
        <TimelinessRate timeliness={report.timeliness} />
        <TimelinessTable timeliness={report.timeliness} />
      </ChartFigure>
      <ChartFigure
        id="working-days"
        title={t('workingDays.title')}
        lead={t('workingDays.lead')}
        chart={
          report.workingDays.overall.answered > 0 ? (
            <WorkingDaysChart workingDays={report.workingDays} />
          ) : null
        }
      >
        <WorkingDaysTable workingDays={report.workingDays} />
      </ChartFigure>
      <OtherFigures report={report} />
      <RegisterActionsTable report={report} />
    </>
  );
}

/** The yearly summary for print: the same numbers as tables only, no charts or controls. */
export function YearlySummaryView({ report }: { report: Report }) {
  const { t } = useTranslation('reporting');
  return (
    <>
      <ReportScopeLine report={report} />
      <KeyFigures report={report} />
      <ChartFigure id="received" title={t('received.title')} lead={t('received.lead')}>
        <ReceivedTable received={report.received} />
      </ChartFigure>
      <ChartFigure id="backlog" title={t('backlog.title')} lead={t('backlog.lead')}>
        {report.backlog.length > 0 ? <BacklogTable backlog={report.backlog} /> : <p>{t('none')}</p>}
      </ChartFigure>
      <ChartFigure id="timeliness" title={t('timeliness.title')} lead={t('timeliness.lead')}>
        <TimelinessRate timeliness={report.timeliness} />
        <TimelinessTable timeliness={report.timeliness} />
      </ChartFigure>
      <ChartFigure id="working-days" title={t('workingDays.title')} lead={t('workingDays.lead')}>
        <WorkingDaysTable workingDays={report.workingDays} />
      </ChartFigure>
      <OtherFigures report={report} />
      <RegisterActionsTable report={report} />
    </>
  );
}
