import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import { useRequest } from '../../features/requests/api/get-request';
import { RequestAcknowledgement } from '../../features/requests/components/request-acknowledgement';

export default function RequestSubmittedPage() {
  const { t } = useTranslation('requests');
  const request = useRequest(useParams().requestId ?? '');
  return (
    <Page title={t('submitted.title')}>
      <QueryView query={request}>{(data) => <RequestAcknowledgement request={data} />}</QueryView>
    </Page>
  );
}
