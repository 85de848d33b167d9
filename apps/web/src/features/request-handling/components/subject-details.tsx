import { submitRequestInputSchema } from '@oikeus/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Everything the subject submitted, read through the contract it was submitted with. */
export function SubjectDetails({ details }: { details: unknown }) {
  const { t } = useTranslation('console');
  const { t: tc } = useTranslation();
  const parsed = submitRequestInputSchema.safeParse(details);
  const rows: { label: string; value: ReactNode }[] = [];
  if (parsed.success) {
    const sent = parsed.data;
    switch (sent.type) {
      case 'access':
      case 'portability':
        break;
      case 'erasure':
        if (sent.reason) rows.push({ label: t('sent.reason'), value: sent.reason });
        break;
      case 'restriction':
        rows.push({ label: t('sent.ground'), value: t(`grounds.${sent.ground}`) });
        rows.push({ label: t('sent.explanation'), value: sent.explanation });
        break;
      case 'objection':
        rows.push({ label: t('sent.kind'), value: t(`sent.objectionKinds.${sent.kind}`) });
        if (sent.channels) {
          rows.push({
            label: t('sent.channels'),
            value: sent.channels.map((channel) => tc(`channel.${channel}`)).join(', '),
          });
        }
        if (sent.grounds) rows.push({ label: t('sent.grounds'), value: sent.grounds });
        break;
      case 'rectification':
        rows.push({
          label: t('sent.items'),
          value: (
            <table className="table table--compact">
              <thead>
                <tr>
                  <th scope="col">{t('sent.field')}</th>
                  <th scope="col">{t('sent.currentValue')}</th>
                  <th scope="col">{t('sent.correctValue')}</th>
                </tr>
              </thead>
              <tbody>
                {sent.items.map((item, index) => (
                  <tr key={index}>
                    <th scope="row">
                      {item.field === 'other'
                        ? `${t('sent.fields.other')}: ${item.otherField ?? ''}`
                        : t(`sent.fields.${item.field}`)}
                    </th>
                    <td>{item.currentValue ?? '—'}</td>
                    <td>{item.correctValue}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ),
        });
        break;
    }
    if ('note' in sent && sent.note) rows.push({ label: t('sent.note'), value: sent.note });
  }
  return (
    <section aria-labelledby="sent-heading" className="panel">
      <h2 id="sent-heading">{t('sent.title')}</h2>
      {!parsed.success ? (
        <pre className="mail-text">{JSON.stringify(details, null, 2)}</pre>
      ) : rows.length === 0 ? (
        <p>{t('sent.nothingExtra')}</p>
      ) : (
        <dl className="summary-list">
          {rows.map((row) => (
            <div className="summary-list__row" key={row.label}>
              <dt>{row.label}</dt>
              <dd className="pre-wrap">{row.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
