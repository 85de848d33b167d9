import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import { usePrivacyNotice } from '../../features/privacy-notice/api/get-privacy-notice';
import { PrivacyNoticeView } from '../../features/privacy-notice/components/privacy-notice-view';
import { useLocale } from '../../lib/use-locale';

export default function PrivacyNoticePage() {
  const { t } = useTranslation('portal');
  const locale = useLocale();
  const notice = usePrivacyNotice(locale);
  const { hash } = useLocation();
  const isLoaded = notice.isSuccess;

  // Links such as #notice-complaint point into content that arrives after the page.
  useEffect(() => {
    if (!isLoaded || hash === '') return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    target?.scrollIntoView();
  }, [isLoaded, hash]);

  return (
    <Page title={notice.data?.title ?? t('notice.title')} wide>
      <QueryView query={notice}>{(data) => <PrivacyNoticeView notice={data} />}</QueryView>
    </Page>
  );
}
