import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page';

export default function ConsoleApp() {
  const { t } = useTranslation('console');
  return <Page title={t('title')} />;
}
