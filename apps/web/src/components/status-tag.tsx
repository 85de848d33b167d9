import type { RequestStatus } from '@oikeus/domain';
import { useTranslation } from 'react-i18next';

/** The status in words; the colour only repeats it. */
export function StatusTag({ status }: { status: RequestStatus }) {
  const { t } = useTranslation();
  return <span className={`tag tag--${status}`}>{t(`requestStatus.${status}`)}</span>;
}
