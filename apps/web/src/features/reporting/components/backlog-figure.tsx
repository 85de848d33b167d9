import type { Report } from '@oikeus/contracts';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import { TableScroll } from '../../../components/table-scroll';
import { axisTick, chartMargin, chartStyle, seriesColors } from './chart-style';
import { useReportFormat } from './use-report-format';

/** Open requests at the end of each month, as a line. */
export function BacklogChart({ backlog }: { backlog: Report['backlog'] }) {
  const { t } = useTranslation('reporting');
  const format = useReportFormat();
  const data = backlog.map((point) => ({
    month: format.shortMonth(point.month),
    open: point.open,
  }));
  return (
    <LineChart
      responsive
      style={chartStyle}
      data={data}
      margin={chartMargin}
      accessibilityLayer={false}
    >
      <CartesianGrid vertical={false} stroke="#d5dae1" />
      <XAxis dataKey="month" tick={axisTick} />
      <YAxis allowDecimals={false} tick={axisTick} />
      <Line
        dataKey="open"
        name={t('backlog.open')}
        stroke={seriesColors.primary}
        strokeWidth={2}
        isAnimationActive={false}
      />
    </LineChart>
  );
}

export function BacklogTable({ backlog }: { backlog: Report['backlog'] }) {
  const { t } = useTranslation('reporting');
  const format = useReportFormat();
  return (
    <TableScroll label={t('backlog.caption')}>
      <table className="table table--compact table--figures" id="backlog-table">
        <caption>{t('backlog.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('months')}</th>
            <th scope="col">{t('backlog.date')}</th>
            <th scope="col">{t('backlog.open')}</th>
          </tr>
        </thead>
        <tbody>
          {backlog.map((point) => (
            <tr key={point.month}>
              <th scope="row">{format.longMonth(point.month)}</th>
              <td>
                <time dateTime={point.date}>{format.date(point.date)}</time>
              </td>
              <td>{format.count(point.open)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
