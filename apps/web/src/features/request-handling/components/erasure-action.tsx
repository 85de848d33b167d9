import type { ConsoleRequestDetail, ErasurePlan } from '@oikeus/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LocalDate } from '../../../components/dates';
import { Notice } from '../../../components/notice';
import { useApplyErasure } from '../api/apply-erasure';
import { usePreviewErasure } from '../api/preview-erasure';
import { ActionSection } from './action-section';
import { fieldName } from './field-name';

/**
 * GDPR Art. 17: the plan shows what is deleted, what is anonymised and which
 * accounting vouchers stay under a legal hold (Art. 17(3)(b); Kirjanpitolaki
 * 1336/1997 2:10) before anything happens; applying needs an explicit check.
 */
export function ErasureAction({ request }: { request: ConsoleRequestDetail }) {
  const { t } = useTranslation('console');
  const [isRequested, setIsRequested] = useState(false);
  const preview = usePreviewErasure(request.id, isRequested);
  const apply = useApplyErasure(request.id);
  const [isConfirmed, setIsConfirmed] = useState(false);
  const [done, setDone] = useState<ErasurePlan | null>(null);

  return (
    <ActionSection
      id="erasure"
      title={t('actions.erasure.title')}
      article={t('actions.erasure.article')}
    >
      <p>{t('actions.erasure.help')}</p>
      {preview.error ? <Notice tone="error">{preview.error.message}</Notice> : null}
      {apply.error ? <Notice tone="error">{apply.error.message}</Notice> : null}
      {done ? (
        <Notice tone="success" title={t('actions.erasure.done')}>
          <p>{done.explanation}</p>
          <p>{t('actions.art19Reminder')}</p>
        </Notice>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={preview.isFetching || undefined}
          onClick={() => {
            setDone(null);
            if (isRequested) void preview.refetch();
            else setIsRequested(true);
          }}
        >
          {preview.isFetching ? t('actions.previewing') : t('actions.preview')}
        </button>
      </div>
      {preview.data && !done ? (
        <>
          <ErasurePlanView plan={preview.data} />
          <div className="choice">
            <input
              id="erasure-confirm"
              className="choice__input"
              type="checkbox"
              checked={isConfirmed}
              onChange={(event) => setIsConfirmed(event.target.checked)}
            />
            <label className="choice__label" htmlFor="erasure-confirm">
              {t('actions.erasure.confirm')}
            </label>
          </div>
          <div className="button-row">
            <button
              type="button"
              className="button button--danger"
              aria-disabled={!isConfirmed || apply.isPending || undefined}
              onClick={() =>
                isConfirmed &&
                !apply.isPending &&
                apply.mutate(
                  { version: request.version },
                  {
                    onSuccess: (result) => {
                      setDone(result.plan);
                      setIsConfirmed(false);
                      setIsRequested(false);
                    },
                  },
                )
              }
            >
              {apply.isPending ? t('actions.applying') : t('actions.erasure.apply')}
            </button>
          </div>
        </>
      ) : null}
    </ActionSection>
  );
}

function ErasurePlanView({ plan }: { plan: ErasurePlan }) {
  const { t } = useTranslation('console');
  const fieldNames = t('fields', { returnObjects: true });
  return (
    <div className="plan">
      <p>{plan.explanation}</p>
      {plan.customers.length > 0 ? (
        <>
          <h4>{t('records.kinds.customer')}</h4>
          <ul className="plain-list">
            {plan.customers.map((customer) => (
              <li key={customer.recordId}>
                <strong>{customer.label}</strong>:{' '}
                {t(`actions.erasure.customerActions.${customer.action}`)}
                <br />
                {t('actions.erasure.counts', {
                  orders: customer.serviceOrdersDeleted,
                  invoices: customer.invoicesDeleted,
                })}
                {customer.keptFields.length > 0 ? (
                  <>
                    <br />
                    {t('actions.erasure.keptFields', {
                      fields: customer.keptFields
                        .map((field) => fieldName(fieldNames, field))
                        .join(', '),
                    })}
                  </>
                ) : null}
                {customer.legalHolds.length > 0 ? (
                  <table className="table table--compact">
                    <caption>{t('actions.erasure.holdsCaption')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('actions.erasure.invoice')}</th>
                        <th scope="col">{t('actions.erasure.financialYearEnd')}</th>
                        <th scope="col">{t('actions.erasure.deletableFrom')}</th>
                        <th scope="col">{t('actions.erasure.why')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {customer.legalHolds.map((hold) => (
                        <tr key={hold.recordId}>
                          <th scope="row" className="mono">
                            {hold.invoiceNumber}
                          </th>
                          <td>
                            <LocalDate value={hold.financialYearEnd} />
                          </td>
                          <td>
                            <LocalDate value={hold.deletableFrom} />
                          </td>
                          <td>{hold.explanation}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ) : null}
                {customer.heldServiceOrders.length > 0 ? (
                  <table className="table table--compact">
                    <caption>{t('actions.erasure.heldOrdersCaption')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('actions.erasure.service')}</th>
                        <th scope="col">{t('actions.erasure.heldFor')}</th>
                        <th scope="col">{t('actions.erasure.deletableFrom')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {customer.heldServiceOrders.map((order) => (
                        <tr key={order.recordId}>
                          <th scope="row">
                            {order.serviceName}
                            <br />
                            <span className="hint">
                              {t('actions.erasure.heldChanges', { count: order.changes })}
                            </span>
                          </th>
                          <td className="mono">{order.invoiceNumbers.join(', ')}</td>
                          <td>
                            <LocalDate value={order.deletableFrom} />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {plan.exportPackagesDeleted > 0 ? (
        <p>{t('actions.erasure.packagesDeleted', { count: plan.exportPackagesDeleted })}</p>
      ) : null}
      {plan.marketingContacts.length > 0 ? (
        <>
          <h4>{t('records.kinds.marketing_contact')}</h4>
          <ul className="plain-list">
            {plan.marketingContacts.map((contact) => (
              <li key={contact.recordId}>
                <strong>{contact.label}</strong>: {t('actions.erasure.contactDelete')}
                {contact.suppressions.length > 0
                  ? ` ${t('actions.erasure.suppressions', {
                      kinds: contact.suppressions
                        .map((kind) => t(`actions.erasure.suppressionKinds.${kind}`))
                        .join(', '),
                    })}`
                  : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {plan.customers.length === 0 && plan.marketingContacts.length === 0 ? (
        <p>{t('actions.erasure.nothing')}</p>
      ) : null}
    </div>
  );
}
