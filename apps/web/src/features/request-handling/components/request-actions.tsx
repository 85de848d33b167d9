import {
  objectionRequestInputSchema,
  refusalGrounds,
  type ConsoleRequestDetail,
  type RefusalGround,
} from '@oikeus/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/notice';
import { CompletionAction } from './completion-action';
import { ErasureAction } from './erasure-action';
import { ExtensionAction } from './extension-action';
import { ObjectionAction } from './objection-action';
import { ObjectionAssessmentAction } from './objection-assessment-action';
import { RecipientNotices } from './recipient-notices';
import { RectificationAction } from './rectification-action';
import { RefusalAction } from './refusal-action';
import { RestrictionAction } from './restriction-action';

/**
 * The actions the request's type and status allow. Register changes need
 * the work to have started and records to be confirmed; the API enforces
 * both, the page only avoids offering what would fail.
 */
export function RequestActions({
  request,
  canWrite,
  packages,
}: {
  request: ConsoleRequestDetail;
  canWrite: boolean;
  /** The access or portability package panel, composed in by the route. */
  packages?: ReactNode;
}) {
  const { t } = useTranslation('console');
  const isOpen = request.closedAt === null;
  const isWorking = request.status === 'in_progress';
  const canAct = canWrite && isWorking;
  return (
    <section aria-labelledby="actions-heading" className="actions">
      <h2 id="actions-heading">{t('actions.title')}</h2>
      {!canWrite ? (
        <Notice tone="info" isLive={false}>
          <p>{t('actions.readOnly')}</p>
        </Notice>
      ) : !isOpen ? (
        <Notice tone="info" isLive={false}>
          <p>{t('actions.closed')}</p>
        </Notice>
      ) : !isWorking ? (
        <Notice tone="info" isLive={false}>
          <p>{t('actions.notStarted')}</p>
        </Notice>
      ) : request.records.length === 0 &&
        request.type !== 'access' &&
        request.type !== 'portability' ? (
        <Notice tone="warning" isLive={false}>
          <p>{t('actions.confirmRecordsFirst')}</p>
        </Notice>
      ) : null}
      {packages}
      {canAct && request.type === 'rectification' ? (
        <RectificationAction request={request} />
      ) : null}
      {canAct && request.type === 'erasure' ? <ErasureAction request={request} /> : null}
      {request.type === 'restriction' || request.restrictions.length > 0 ? (
        <RestrictionAction request={request} canApply={canAct} />
      ) : null}
      {request.type === 'objection' && isLegitimateInterests(request) ? (
        <ObjectionAssessmentAction request={request} canApply={canAct} />
      ) : canAct && request.type === 'objection' ? (
        <ObjectionAction request={request} />
      ) : null}
      {['rectification', 'erasure', 'restriction'].includes(request.type) ? (
        <RecipientNotices request={request} canWrite={canWrite && isOpen} />
      ) : null}
      {canWrite && isOpen ? <ExtensionAction request={request} /> : null}
      {canWrite && request.allowedActions.includes('complete') ? (
        <CompletionAction request={request} />
      ) : null}
      {canWrite && request.allowedActions.includes('refuse') ? (
        <RefusalAction request={request} />
      ) : null}
      {!isOpen && request.responseLetter ? (
        <section aria-labelledby="letter-heading" className="panel">
          <h3 id="letter-heading">{t('actions.completion.sentLetter')}</h3>
          <p className="pre-wrap">{request.responseLetter}</p>
        </section>
      ) : null}
      {!isOpen && request.refusalReason ? (
        <section aria-labelledby="refusal-heading" className="panel">
          <h3 id="refusal-heading">{t('actions.refusal.sent')}</h3>
          {request.refusalGround ? (
            <p>
              {isRefusalGround(request.refusalGround)
                ? t(`refusalGrounds.${request.refusalGround}.label`)
                : request.refusalGround}
            </p>
          ) : null}
          <p className="pre-wrap">{request.refusalReason}</p>
        </section>
      ) : null}
    </section>
  );
}

function isRefusalGround(value: string): value is RefusalGround {
  return (refusalGrounds as readonly string[]).includes(value);
}

/** An Art. 21(1) objection (legitimate interests); stored objections without a kind are to direct marketing. */
function isLegitimateInterests(request: ConsoleRequestDetail): boolean {
  const sent = objectionRequestInputSchema.safeParse(request.details);
  return sent.success && sent.data.kind === 'legitimate_interests';
}
