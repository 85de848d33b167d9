import { submitRequestInputSchema } from '@oikeus/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What the person submitted, read back through the same contract it was sent with. */
export function SentDetails({ details }: { details: unknown }) {
  const { t } = useTranslation('requests');
  const { t: tc } = useTranslation();
  const parsed = submitRequestInputSchema.safeParse(details);
  if (!parsed.success) return null;
  const sent = parsed.data;
  const rows: { label: string; value: ReactNode }[] = [];
  switch (sent.type) {
    case 'access':
    case 'portability':
      if (sent.note) rows.push({ label: t('sentDetails.note'), value: sent.note });
      break;
    case 'erasure':
      if (sent.reason) rows.push({ label: t('sentDetails.reason'), value: sent.reason });
      break;
    case 'restriction':
      rows.push({ label: t('sentDetails.ground'), value: t(`form.grounds.${sent.ground}.label`) });
      rows.push({ label: t('sentDetails.explanation'), value: sent.explanation });
      break;
    case 'objection':
      rows.push({
        label: t('sentDetails.kind'),
        value: t(`form.objectionKinds.${sent.kind}.label`),
      });
      if (sent.channels) {
        rows.push({
          label: t('sentDetails.channels'),
          value: sent.channels.map((channel) => tc(`channel.${channel}`)).join(', '),
        });
      }
      if (sent.grounds) rows.push({ label: t('sentDetails.grounds'), value: sent.grounds });
      if (sent.note) rows.push({ label: t('sentDetails.note'), value: sent.note });
      break;
    case 'rectification':
      rows.push({
        label: t('sentDetails.items'),
        value: (
          <ul className="plain-list">
            {sent.items.map((item, index) => (
              <li key={index}>
                <strong>
                  {item.field === 'other' && item.otherField
                    ? item.otherField
                    : t(`form.itemFieldOption.${item.field}`)}
                </strong>
                {item.currentValue ? (
                  <>
                    <br />
                    {t('sentDetails.currentValue')}: {item.currentValue}
                  </>
                ) : null}
                <br />
                {t('sentDetails.correctValue')}: {item.correctValue}
              </li>
            ))}
          </ul>
        ),
      });
      if (sent.note) rows.push({ label: t('sentDetails.note'), value: sent.note });
      break;
  }
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="sent-heading">
      <h2 id="sent-heading">{t('detail.whatYouSent')}</h2>
      <dl className="summary-list">
        {rows.map((row) => (
          <div className="summary-list__row" key={row.label}>
            <dt>{row.label}</dt>
            <dd className="pre-wrap">{row.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
