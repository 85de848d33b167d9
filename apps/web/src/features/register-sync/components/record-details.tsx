import type { LinkableRecordType } from '@oikeus/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateTime, LocalDate } from '../../../components/dates';
import { formatLocalDate } from '../../../lib/format-date';
import { useLocale } from '../../../lib/use-locale';
import { paths } from '../../../paths';
import { recordName, type RecordView } from './record-view';
import { SourceLabel } from './source-label';

/** The record's fields as the register holds them, with where they came from. */
export function RecordDetails({
  recordType,
  view,
}: {
  recordType: LinkableRecordType;
  view: RecordView;
}) {
  const { t } = useTranslation('registers');
  const locale = useLocale();
  const address = [view.streetAddress, [view.postalCode, view.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  return (
    <section aria-labelledby="details-heading" className="panel">
      <h2 id="details-heading">{t('record.detailsTitle')}</h2>
      {view.anonymizedAt ? (
        <p>
          <span className="tag tag--muted">{t('record.anonymised')}</span>{' '}
          <DateTime value={view.anonymizedAt} />
          <br />
          <span className="hint">{t('record.anonymisedHint')}</span>
        </p>
      ) : null}
      <dl className="summary-list">
        <Row label={t('record.name')}>{recordName(view) || '—'}</Row>
        {view.company ? <Row label={t('record.company')}>{view.company}</Row> : null}
        <Row label={t('record.email')}>
          {view.email ? <span className="mono">{view.email}</span> : '—'}
        </Row>
        <Row label={t('record.phone')}>
          {view.phone ? <span className="mono">{view.phone}</span> : '—'}
        </Row>
        <Row label={t('record.address')}>
          {address || '—'}
          {recordType === 'customer' && view.country ? `, ${view.country}` : null}
        </Row>
        {recordType === 'customer' ? (
          <Row label={t('record.relationship')}>
            {[
              view.relationshipStartedOn
                ? t('record.relationshipFrom', {
                    date: formatLocalDate(view.relationshipStartedOn, locale),
                  })
                : null,
              view.relationshipEndedOn
                ? t('record.relationshipEnded', {
                    date: formatLocalDate(view.relationshipEndedOn, locale),
                  })
                : null,
            ]
              .filter(Boolean)
              .join(', ') || '—'}
          </Row>
        ) : (
          <Row label={t('record.lastActivityOn')}>
            {view.lastActivityOn ? <LocalDate value={view.lastActivityOn} /> : '—'}
          </Row>
        )}
        <Row label={t('record.source')}>
          <SourceLabel source={view.source} detail={view.sourceDetail} />
        </Row>
        <Row label={t('record.externalId')}>
          {view.externalId ? (
            <span className="mono">{view.externalId}</span>
          ) : (
            <span className="hint">{t('record.noExternalId')}</span>
          )}
        </Row>
        {recordType === 'marketing_contact' ? (
          <Row label={t('record.customer')}>
            {view.customer ? (
              <Link to={paths.console.record.to('customer', view.customer.id)}>
                {view.customer.name || view.customer.id}
              </Link>
            ) : (
              t('record.noCustomer')
            )}
          </Row>
        ) : null}
        {recordType === 'customer' && view.marketingContactIds.length > 0 ? (
          <Row label={t('record.marketingContacts')}>
            <ul className="plain-list">
              {view.marketingContactIds.map((id, index) => (
                <li key={id}>
                  <Link to={paths.console.record.to('marketing_contact', id)}>
                    {t('record.marketingContact', { number: index + 1 })}
                  </Link>
                </li>
              ))}
            </ul>
          </Row>
        ) : null}
        {recordType === 'customer' ? (
          <Row label={t('record.ordersAndInvoices')}>
            {t('record.ordersAndInvoicesCount', {
              orders: view.orderCount ?? 0,
              invoices: view.invoiceCount ?? 0,
            })}
          </Row>
        ) : null}
        {view.createdAt ? (
          <Row label={t('record.addedAndChanged')}>
            {t('record.added')} <DateTime value={view.createdAt} />
            {view.updatedAt ? (
              <>
                , {t('record.changed')} <DateTime value={view.updatedAt} />
              </>
            ) : null}
          </Row>
        ) : null}
      </dl>
    </section>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="summary-list__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
