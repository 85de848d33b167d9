import { canApplyTransition } from '@oikeus/domain';
import type { SubjectRequestDetail } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { hasKnownEventType } from '../request-core/stored-vocabulary';
import { AppError } from '../../errors/app-error';
import { marketingStopOf } from './marketing-stop';
import { subjectRequestSelect, toSubjectRequestSummary } from './to-subject-request';
import { attachmentViewSelect, toAttachmentView } from '../request-core/to-attachment-view';

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/**
 * One request of the subject's own, with what the subject may see: events
 * marked visible to them and messages that are not internal notes. Anything
 * not theirs is simply not found (no hint that the id exists).
 */
export async function getOwnRequest(
  ctx: AppContext,
  accountId: string,
  requestId: string,
): Promise<SubjectRequestDetail> {
  const now = ctx.clock.now();
  const row = await ctx.db.prisma.rightsRequest.findFirst({
    where: { id: requestId, accountId },
    select: {
      ...subjectRequestSelect,
      details: true,
      refusalReason: true,
      responseLetter: true,
      events: {
        where: { isVisibleToSubject: true },
        orderBy: { createdAt: 'asc' },
        select: { id: true, type: true, actorType: true, data: true, createdAt: true },
      },
      messages: {
        where: { isInternalNote: false },
        orderBy: { createdAt: 'asc' },
        select: {
          id: true,
          authorType: true,
          body: true,
          isIdentityAnswer: true,
          createdAt: true,
          attachments: {
            orderBy: { createdAt: 'asc' },
            select: attachmentViewSelect,
          },
        },
      },
      // Result packages are compiled and released by the exports feature.
      exports: {
        where: {
          status: 'released',
          deletedAt: null,
          OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
        },
        select: { id: true },
        take: 1,
      },
    },
  });
  if (!row) throw new AppError('NOT_FOUND');
  return {
    ...toSubjectRequestSummary(ctx, row),
    details: parseJson(row.details),
    isAwaitingIdentity:
      row.status === 'identity_pending' && row.suspensions.some((s) => s.endedAt === null),
    canWithdraw: canApplyTransition(row.status, 'withdraw'),
    isDownloadAvailable: row.exports.length > 0,
    // A completion may have refused part of the request (Art. 12(4)); its reasons show too.
    refusalReason:
      row.status === 'refused' || row.status === 'completed' ? row.refusalReason : null,
    responseLetter: row.status === 'completed' ? row.responseLetter : null,
    marketingStop: marketingStopOf(row.events),
    events: row.events.filter(hasKnownEventType).map((event) => ({
      id: event.id,
      type: event.type,
      actorType: event.actorType as 'subject' | 'staff' | 'system',
      data: parseJson(event.data),
      createdAt: event.createdAt.toISOString(),
    })),
    messages: row.messages.map((message) => ({
      id: message.id,
      authorType: message.authorType as 'subject' | 'staff',
      body: message.body,
      isIdentityAnswer: message.isIdentityAnswer,
      createdAt: message.createdAt.toISOString(),
      attachments: message.attachments.map(toAttachmentView),
    })),
  };
}
