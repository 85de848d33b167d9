import { objectionRequestInputSchema, type SubjectRequestDetail } from '@oikeus/contracts';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/notice';
import { intlLocaleOf } from '../../../lib/format-date';
import { useLocale } from '../../../lib/use-locale';

/**
 * What an objection did when it arrived, said as it was done. To direct
 * marketing (GDPR Art. 21(2)–(3)): the channels, whether the address went on
 * the do-not-market list and how many register entries changed — never
 * "marketing has stopped" when nothing could be recorded. To processing on
 * legitimate interests (Art. 21(1)): that nothing stopped yet, and that the
 * handler assesses it and answers with reasons.
 */
export function ObjectionNotice({ request }: { request: SubjectRequestDetail }) {
  const { t } = useTranslation('requests');
  const { t: tc } = useTranslation();
  const locale = useLocale();
  const sent = objectionRequestInputSchema.safeParse(request.details);
  if (sent.success && sent.data.kind === 'legitimate_interests') {
    return (
      <Notice tone="info" isLive={false} title={t('objectionAssessment.title')}>
        <p>{t('objectionAssessment.body')}</p>
      </Notice>
    );
  }
  const stop = request.marketingStop;
  if (!stop) {
    return (
      <Notice tone="info" isLive={false} title={t('marketingStop.notRecordedTitle')}>
        <p>{t('marketingStop.notRecorded')}</p>
      </Notice>
    );
  }
  const channels = new Intl.ListFormat(intlLocaleOf(locale), { type: 'conjunction' }).format(
    stop.channels.map((channel) => tc(`channel.${channel}`).toLocaleLowerCase(locale)),
  );
  return (
    <Notice tone="success" isLive={false} title={t('marketingStop.title')}>
      <p>{t('marketingStop.stopped', { channels })}</p>
      {stop.suppressed.includes('email') ? <p>{t('marketingStop.emailListed')}</p> : null}
      <p>
        {stop.contacts === 0
          ? t('marketingStop.noContacts')
          : t('marketingStop.contacts', { count: stop.contacts })}
      </p>
      <p>{t('marketingStop.handler')}</p>
    </Notice>
  );
}
