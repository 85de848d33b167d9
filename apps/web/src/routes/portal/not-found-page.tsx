import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/page';
import { paths } from '../../paths';

export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('errors.notFoundTitle')}>
      <p>{t('errors.notFoundBody')}</p>
      <p>
        <Link to={paths.home}>{t('errors.toFrontPage')}</Link>
      </p>
    </Page>
  );
}
