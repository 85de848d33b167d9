import type { Report } from '@oikeus/contracts';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import { TableScroll } from '../../../components/table-scroll';
import { axisTick, chartMargin, chartStyle, seriesColors } from './chart-style';
import { useReportFormat } from './use-report-format';

/** Median and 90 % value of working days to answer, per request type that had answers. */
export function WorkingDaysChart({ workingDays }: { workingDays: Report['workingDays'] }) {
  const { t } = useTranslation('reporting');
  const { t: tc } = useTranslation();
  const data = workingDays.byType
    .filter((figure) => figure.answered > 0)
    .map((figure) => ({
      type: tc(`requestType.${figure.type}`),
      median: figure.median,
      p90: figure.p90,
    }));
  return (
    <BarChart
      responsive
      style={chartStyle}
      data={data}
      margin={chartMargin}
      accessibilityLayer={false}
    >
      <CartesianGrid vertical={false} stroke="#d5dae1" />
      <XAxis dataKey="type" tick={axisTick} interval={0} />
      <YAxis allowDecimals={false} tick={axisTick} />
      <Legend />
      <Bar
        dataKey="median"
        name={t('workingDays.median')}
        fill={seriesColors.primary}
        isAnimationActive={false}
      />
      <Bar
        dataKey="p90"
        name={t('workingDays.p90')}
        fill={seriesColors.secondary}
        isAnimationActive={false}
      />
    </BarChart>
  );
}

export function WorkingDaysTable({ workingDays }: { workingDays: Report['workingDays'] }) {
  const { t } = useTranslation('reporting');
  const { t: tc } = useTranslation();
  const format = useReportFormat();
  const days = (value: number | null) =>
    value === null ? '–' : t('days', { count: value, value: format.decimal(value) });
  return (
    <TableScroll label={t('workingDays.caption')}>
      <table className="table table--compact table--figures" id="working-days-table">
        <caption>{t('workingDays.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('workingDays.type')}</th>
            <th scope="col">{t('workingDays.answered')}</th>
            <th scope="col">{t('workingDays.median')}</th>
            <th scope="col">{t('workingDays.p90')}</th>
          </tr>
        </thead>
        <tbody>
          {workingDays.byType.map((figure) => (
            <tr key={figure.type}>
              <th scope="row">{tc(`requestType.${figure.type}`)}</th>
              <td>{format.count(figure.answered)}</td>
              <td>{days(figure.median)}</td>
              <td>{days(figure.p90)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('workingDays.all')}</th>
            <td>{format.count(workingDays.overall.answered)}</td>
            <td>{days(workingDays.overall.median)}</td>
            <td>{days(workingDays.overall.p90)}</td>
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}
