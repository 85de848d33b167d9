import type { Report } from '@oikeus/contracts';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import { TableScroll } from '../../../components/table-scroll';
import { axisTick, chartMargin, chartStyle, seriesColors } from './chart-style';
import { useReportFormat } from './use-report-format';

/** Answers sent on time and late, per month of the answer. */
export function TimelinessChart({ timeliness }: { timeliness: Report['timeliness'] }) {
  const { t } = useTranslation('reporting');
  const format = useReportFormat();
  const data = timeliness.byMonth.map((m) => ({
    month: format.shortMonth(m.month),
    onTime: m.onTime,
    late: m.late,
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
      <XAxis dataKey="month" tick={axisTick} />
      <YAxis allowDecimals={false} tick={axisTick} />
      <Legend />
      <Bar
        dataKey="onTime"
        name={t('timeliness.onTime')}
        stackId="answers"
        fill={seriesColors.onTime}
        isAnimationActive={false}
      />
      <Bar
        dataKey="late"
        name={t('timeliness.late')}
        stackId="answers"
        fill={seriesColors.late}
        isAnimationActive={false}
      />
    </BarChart>
  );
}

/** The on-time share in words, e.g. "77,8 % … (7/9)". */
export function TimelinessRate({ timeliness }: { timeliness: Report['timeliness'] }) {
  const { t } = useTranslation('reporting');
  const format = useReportFormat();
  if (timeliness.onTimeRate === null) return <p>{t('key.noRate')}</p>;
  return (
    <p className="report-rate">
      {t('timeliness.rate', {
        rate: format.share(timeliness.onTimeRate),
        onTime: format.count(timeliness.onTime),
        answered: format.count(timeliness.answered),
      })}
    </p>
  );
}

export function TimelinessTable({ timeliness }: { timeliness: Report['timeliness'] }) {
  const { t } = useTranslation('reporting');
  const format = useReportFormat();
  return (
    <TableScroll label={t('timeliness.caption')}>
      <table className="table table--compact table--figures" id="timeliness-table">
        <caption>{t('timeliness.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('months')}</th>
            <th scope="col">{t('timeliness.onTime')}</th>
            <th scope="col">{t('timeliness.late')}</th>
          </tr>
        </thead>
        <tbody>
          {timeliness.byMonth.map((m) => (
            <tr key={m.month}>
              <th scope="row">{format.longMonth(m.month)}</th>
              <td>{format.count(m.onTime)}</td>
              <td>{format.count(m.late)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('total')}</th>
            <td>{format.count(timeliness.onTime)}</td>
            <td>{format.count(timeliness.late)}</td>
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}
