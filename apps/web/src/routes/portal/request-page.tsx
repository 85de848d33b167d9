import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import { ResultDownload } from '../../features/exports/components/result-download';
import { useRequest } from '../../features/requests/api/get-request';
import { MessageForm } from '../../features/requests/components/message-form';
import { ObjectionNotice } from '../../features/requests/components/objection-notice';
import { MessageList } from '../../features/requests/components/message-list';
import { RequestOutcome } from '../../features/requests/components/request-outcome';
import { RequestSummary } from '../../features/requests/components/request-summary';
import { RequestTimeline } from '../../features/requests/components/request-timeline';
import { SentDetails } from '../../features/requests/components/sent-details';
import { WithdrawPanel } from '../../features/requests/components/withdraw-panel';

export default function RequestPage() {
  const { t } = useTranslation('requests');
  const { t: tc } = useTranslation();
  const requestId = useParams().requestId ?? '';
  const request = useRequest(requestId);
  const [wasWithdrawn, setWasWithdrawn] = useState(false);
  const [hasAnsweredIdentity, setHasAnsweredIdentity] = useState(false);
  const title = request.data
    ? t('detail.title', {
        type: tc(`requestType.${request.data.type}`),
        reference: request.data.reference,
      })
    : t('list.title');

  return (
    <Page title={title}>
      {wasWithdrawn ? <Notice tone="success">{t('detail.withdrawn')}</Notice> : null}
      {hasAnsweredIdentity ? <Notice tone="success">{t('detail.identitySent')}</Notice> : null}
      <QueryView query={request}>
        {(data) => (
          <>
            <RequestSummary request={data} />
            {data.isAwaitingIdentity ? (
              <section aria-labelledby="identity-heading" className="panel panel--attention">
                <h2 id="identity-heading">{t('detail.identityHeading')}</h2>
                <p>{t('detail.identityHelp')}</p>
                <MessageForm
                  requestId={data.id}
                  isIdentityAnswer
                  onSent={() => setHasAnsweredIdentity(true)}
                />
              </section>
            ) : null}
            {data.type === 'objection' ? <ObjectionNotice request={data} /> : null}
            <RequestOutcome request={data} />
            {data.isDownloadAvailable ? <ResultDownload requestId={data.id} /> : null}
            <SentDetails details={data.details} />
            <section aria-labelledby="messages-heading">
              <h2 id="messages-heading">{t('detail.messagesHeading')}</h2>
              <MessageList requestId={data.id} messages={data.messages} />
              {data.closedAt === null ? (
                <>
                  <h3>{t('detail.newMessage')}</h3>
                  <MessageForm requestId={data.id} isIdentityAnswer={false} />
                </>
              ) : null}
            </section>
            <section aria-labelledby="timeline-heading">
              <h2 id="timeline-heading">{t('detail.timelineHeading')}</h2>
              <RequestTimeline events={data.events} />
            </section>
            {data.canWithdraw ? (
              <WithdrawPanel request={data} onWithdrawn={() => setWasWithdrawn(true)} />
            ) : null}
          </>
        )}
      </QueryView>
    </Page>
  );
}
