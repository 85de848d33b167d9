import { requestTypes, type Report } from '@oikeus/contracts';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import { TableScroll } from '../../../components/table-scroll';
import { axisTick, chartMargin, chartStyle, typeColors } from './chart-style';
import { useReportFormat } from './use-report-format';

/** Requests received per month, stacked by type. */
export function ReceivedChart({ received }: { received: Report['received'] }) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const data = received.byMonth.map((m) => ({ month: format.shortMonth(m.month), ...m.byType }));
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
      {requestTypes.map((type) => (
        <Bar
          key={type}
          dataKey={type}
          name={t(`requestType.${type}`)}
          stackId="received"
          fill={typeColors[type]}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}

/** The same numbers: one row per month, one column per type. */
export function ReceivedTable({ received }: { received: Report['received'] }) {
  const { t } = useTranslation('reporting');
  const { t: tc } = useTranslation();
  const format = useReportFormat();
  return (
    <TableScroll label={t('received.caption')}>
      <table className="table table--compact table--figures" id="received-table">
        <caption>{t('received.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('months')}</th>
            {requestTypes.map((type) => (
              <th scope="col" key={type}>
                {tc(`requestType.${type}`)}
              </th>
            ))}
            <th scope="col">{t('total')}</th>
          </tr>
        </thead>
        <tbody>
          {received.byMonth.map((m) => (
            <tr key={m.month}>
              <th scope="row">{format.longMonth(m.month)}</th>
              {requestTypes.map((type) => (
                <td key={type}>{format.count(m.byType[type])}</td>
              ))}
              <td>{format.count(m.total)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('total')}</th>
            {requestTypes.map((type) => (
              <td key={type}>{format.count(received.byType[type])}</td>
            ))}
            <td>{format.count(received.total)}</td>
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}
