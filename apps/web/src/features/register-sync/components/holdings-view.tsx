import type { Holdings } from '@oikeus/contracts';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/dates';
import { TableScroll } from '../../../components/table-scroll';
import { formatCount } from '../../../lib/format-number';
import { useLocale } from '../../../lib/use-locale';
import { isHoldingsRecordType, isRunKind, isRunStatus } from './labels';
import { runCountEntries } from './run-counts';
import { SourceLabel } from './source-label';

/**
 * What the registers hold, register by register, and where the data last came
 * from (GDPR Art. 30 records of processing; Art. 5(2) accountability).
 */
export function HoldingsView({ holdings }: { holdings: Holdings }) {
  const { t } = useTranslation('registers');
  const { t: tc } = useTranslation('common');
  const locale = useLocale();
  return (
    <>
      {holdings.registers.map((register) => (
        <section
          key={register.registerId}
          aria-labelledby={`holdings-${register.registerId}-heading`}
          className="panel"
        >
          <h2 id={`holdings-${register.registerId}-heading`}>
            {tc(`register.${register.registerId}`)}
          </h2>
          <table className="table table--compact holdings-table">
            <caption className="visually-hidden">
              {t('holdings.countsCaption', { register: tc(`register.${register.registerId}`) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('holdings.recordType')}</th>
                <th scope="col" className="numeric">
                  {t('holdings.count')}
                </th>
              </tr>
            </thead>
            <tbody>
              {register.recordTypes.map((row) => (
                <tr key={row.recordType}>
                  <th scope="row">
                    <RecordTypeLabel recordType={row.recordType} />
                  </th>
                  <td className="numeric">{formatCount(row.count, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <section aria-labelledby="runs-heading" className="panel">
        <h2 id="runs-heading">{t('holdings.runsTitle')}</h2>
        {holdings.lastRuns.length === 0 ? (
          <p>{t('holdings.noRuns')}</p>
        ) : (
          <TableScroll label={t('holdings.runsCaption')}>
            <table className="table table--stack">
              <caption className="visually-hidden">{t('holdings.runsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('holdings.source')}</th>
                  <th scope="col">{t('holdings.recordType')}</th>
                  <th scope="col">{t('holdings.kind')}</th>
                  <th scope="col">{t('holdings.finishedAt')}</th>
                  <th scope="col">{t('holdings.result')}</th>
                </tr>
              </thead>
              <tbody>
                {holdings.lastRuns.map((run) => (
                  <tr key={`${run.kind}|${run.source}|${run.sourceDetail ?? ''}|${run.recordType}`}>
                    <th scope="row" data-label={t('holdings.source')}>
                      <SourceLabel source={run.source} detail={run.sourceDetail} />
                    </th>
                    <td data-label={t('holdings.recordType')}>
                      <RecordTypeLabel recordType={run.recordType} />
                    </td>
                    <td data-label={t('holdings.kind')}>
                      {isRunKind(run.kind) ? t(`holdings.kinds.${run.kind}`) : run.kind}
                      {run.isDryRun ? (
                        <span className="tag tag--muted">{t('holdings.dryRun')}</span>
                      ) : null}
                    </td>
                    <td data-label={t('holdings.finishedAt')}>
                      <DateTime value={run.finishedAt} />
                    </td>
                    <td data-label={t('holdings.result')}>
                      {isRunStatus(run.status) ? t(`holdings.statuses.${run.status}`) : run.status}
                      <br />
                      <span className="hint">
                        {runCountEntries(run.counts)
                          .map(({ key, count }) =>
                            t('holdings.countEntry', {
                              label: t(`holdings.counts.${key}`),
                              value: formatCount(count, locale),
                            }),
                          )
                          .join(', ') || t('holdings.nothingCounted')}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
    </>
  );
}

function RecordTypeLabel({ recordType }: { recordType: string }) {
  const { t } = useTranslation('registers');
  return (
    <>{isHoldingsRecordType(recordType) ? t(`holdings.recordTypes.${recordType}`) : recordType}</>
  );
}
