import type { InactiveCustomers } from '@oikeus/contracts';
import { useTranslation } from 'react-i18next';
import { LocalDate } from '../../../components/dates';
import { TableScroll } from '../../../components/table-scroll';

/**
 * Customers with no service or invoice for the set months and no recorded end
 * of relationship: the notice's five years run from that end, so the contact
 * person confirms it (Art. 5(1)(e)). `recordLink` lets the route link each
 * name to the record where the end date is entered.
 */
export function InactiveCustomersTable({
  inactive,
  recordLink,
}: {
  inactive: InactiveCustomers;
  recordLink?: (customerId: string, name: string) => React.ReactNode;
}) {
  const { t } = useTranslation('console');
  return (
    <section aria-labelledby="inactive-customers-heading" className="subform">
      <h3 id="inactive-customers-heading">{t('housekeeping.reviews.inactiveTitle')}</h3>
      <p>{t('housekeeping.reviews.inactiveLead', { months: inactive.months })}</p>
      {inactive.total === 0 ? (
        <p className="hint">{t('housekeeping.reviews.inactiveNone')}</p>
      ) : (
        <TableScroll>
          <table className="table">
            <caption className="visually-hidden">
              {t('housekeeping.reviews.inactiveCaption', { months: inactive.months })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('housekeeping.reviews.inactiveName')}</th>
                <th scope="col">{t('housekeeping.reviews.inactiveLast')}</th>
              </tr>
            </thead>
            <tbody>
              {inactive.items.map((customer) => (
                <tr key={customer.id}>
                  <th scope="row">
                    {recordLink ? recordLink(customer.id, customer.name) : customer.name}
                    {customer.company ? (
                      <>
                        <br />
                        <span className="hint">{customer.company}</span>
                      </>
                    ) : null}
                  </th>
                  <td>
                    <LocalDate value={customer.lastActivityOn} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {inactive.total > inactive.items.length ? (
        <p className="hint">
          {t('housekeeping.reviews.inactiveMore', {
            shown: inactive.items.length,
            total: inactive.total,
          })}
        </p>
      ) : null}
    </section>
  );
}
