import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import { useRequestList } from '../../features/requests/api/list-requests';
import { RequestList } from '../../features/requests/components/request-list';
import { paths } from '../../paths';

export default function MyRequestsPage() {
  const { t } = useTranslation('requests');
  const requests = useRequestList();
  return (
    <Page title={t('list.title')}>
      <div className="button-row">
        <Link className="button button--primary" to={paths.newRequest}>
          {t('list.newRequest')}
        </Link>
      </div>
      <QueryView query={requests}>{(data) => <RequestList requests={data} />}</QueryView>
    </Page>
  );
}
