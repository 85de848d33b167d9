import { requestTypeSchema } from '@oikeus/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { RequestForm } from '../../features/requests/components/request-form';
import { paths } from '../../paths';

export default function NewRequestFormPage() {
  const { t } = useTranslation('requests');
  const { t: tp } = useTranslation('portal');
  const navigate = useNavigate();
  const parsed = requestTypeSchema.safeParse(useParams().type);
  if (!parsed.success) {
    return (
      <Page title={t('newRequest.title')}>
        <Notice tone="error" isLive={false}>
          <p>{t('newRequest.unknownType')}</p>
        </Notice>
        <Link to={paths.newRequest}>{t('newRequest.changeRight')}</Link>
      </Page>
    );
  }
  const type = parsed.data;
  return (
    <Page title={tp(`rights.${type}.title`)} lead={tp(`rights.${type}.description`)}>
      <p className="card__meta">{tp(`rights.${type}.article`)}</p>
      <p>
        <Link to={paths.newRequest}>{t('newRequest.changeRight')}</Link>
      </p>
      <RequestForm
        key={type}
        type={type}
        onSubmitted={(request) => void navigate(paths.requestSubmitted.to(request.id))}
      />
    </Page>
  );
}
