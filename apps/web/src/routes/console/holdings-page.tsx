import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import { useHoldings } from '../../features/register-sync/api/get-holdings';
import { HoldingsView } from '../../features/register-sync/components/holdings-view';
import { useStaffSession } from '../../features/staff-auth/api/get-staff-session';
import { paths } from '../../paths';

/** "What we hold": every staff role reads it; handlers and admins also add records by hand. */
export function HoldingsPage() {
  const { t } = useTranslation('registers');
  const holdings = useHoldings();
  const role = useStaffSession().data?.staff.role;
  const canWrite = role === 'handler' || role === 'admin';
  return (
    <Page title={t('holdings.title')} lead={t('holdings.lead')} wide>
      {canWrite ? (
        <section aria-labelledby="add-record-heading" className="panel">
          <h2 id="add-record-heading">{t('holdings.addTitle')}</h2>
          <p className="hint">{t('holdings.addHelp')}</p>
          <div className="button-row">
            <Link to={paths.console.newRecord.to('customer')} className="button button--secondary">
              {t('holdings.addCustomer')}
            </Link>
            <Link
              to={paths.console.newRecord.to('marketing_contact')}
              className="button button--secondary"
            >
              {t('holdings.addContact')}
            </Link>
          </div>
        </section>
      ) : null}
      <QueryView query={holdings}>{(data) => <HoldingsView holdings={data} />}</QueryView>
    </Page>
  );
}
