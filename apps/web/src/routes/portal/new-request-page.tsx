import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page';
import { RightChooser } from '../../features/requests/components/right-chooser';

export default function NewRequestPage() {
  const { t } = useTranslation('requests');
  return (
    <Page title={t('newRequest.title')} lead={t('newRequest.lead')}>
      <h2>{t('newRequest.chooseHeading')}</h2>
      <RightChooser />
    </Page>
  );
}
