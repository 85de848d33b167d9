import { useTranslation } from 'react-i18next';
import { SubmitButton } from '../../../components/submit-button';

export function FormFooter({ isPending }: { isPending: boolean }) {
  const { t } = useTranslation('requests');
  return (
    <div className="button-row">
      <SubmitButton isPending={isPending} pendingLabel={t('newRequest.submitting')}>
        {t('newRequest.submit')}
      </SubmitButton>
    </div>
  );
}
