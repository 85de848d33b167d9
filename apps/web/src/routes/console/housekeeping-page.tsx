import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import { useOutboxStatus } from '../../features/housekeeping/api/outbox';
import { useRegisterReviews } from '../../features/housekeeping/api/register-reviews';
import { useConsoleSettings } from '../../features/housekeeping/api/settings';
import { OutboxPanel } from '../../features/housekeeping/components/outbox-panel';
import { RegisterReviewsPanel } from '../../features/housekeeping/components/register-reviews-panel';
import { SettingsForm } from '../../features/housekeeping/components/settings-form';
import { paths } from '../../paths';

/** Admin housekeeping: retention reviews, reminder and download settings, the mail outbox. */
export function HousekeepingPage() {
  const { t } = useTranslation('console');
  const reviews = useRegisterReviews();
  const outbox = useOutboxStatus();
  const settings = useConsoleSettings();
  return (
    <Page title={t('housekeeping.title')} lead={t('housekeeping.lead')} wide>
      <section aria-labelledby="reviews-heading" className="panel">
        <h2 id="reviews-heading">{t('housekeeping.reviews.title')}</h2>
        <QueryView query={reviews}>
          {(data) => (
            <RegisterReviewsPanel
              data={data}
              recordLink={(customerId, name) => (
                <Link to={paths.console.record.to('customer', customerId)}>{name}</Link>
              )}
            />
          )}
        </QueryView>
      </section>
      <section aria-labelledby="settings-heading" className="panel">
        <h2 id="settings-heading">{t('housekeeping.settings.title')}</h2>
        <QueryView query={settings}>{(data) => <SettingsForm settings={data} />}</QueryView>
      </section>
      <section aria-labelledby="outbox-heading" className="panel">
        <h2 id="outbox-heading">{t('housekeeping.outbox.title')}</h2>
        <QueryView query={outbox}>{(data) => <OutboxPanel status={data} />}</QueryView>
      </section>
    </Page>
  );
}
