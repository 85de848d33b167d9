import { createHash } from 'node:crypto';
import type { Locale, SubjectMessage } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../errors/app-error';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { enqueueMail } from '../mail/enqueue-mail';
import { consoleRequestPath } from '../reminders/console-paths';
import { computeRequestDeadline } from './compute-request-deadline';
import { enforceMessageQuotas } from './enforce-message-quotas';
import { requestMessages } from './request-messages';

export interface UploadedAttachment {
  fileName: string;
  /** Detected from the content, never the browser's word. */
  contentType: string;
  content: Uint8Array<ArrayBuffer>;
}

export interface PostRequestMessageInput {
  body: string;
  isIdentityAnswer: boolean;
  attachment?: UploadedAttachment;
}

/**
 * The subject writes to the handler, optionally with one file.
 *
 * An answer to the handler's identity question ends the pause of the clock at
 * once (EDPB Guidelines 01/2022 §159: the period is suspended only while the
 * controller waits for the information it asked for; once it arrives, the
 * wait is over). The status stays `identity_pending`: whether the answer is
 * enough is the handler's decision (Art. 12(6)), and the handler moves the
 * request on with `verify_identity` or asks again. The cached due date is
 * recomputed so the queue orders by the resumed deadline.
 */
export async function postRequestMessage(
  ctx: AppContext,
  accountId: string,
  requestId: string,
  input: PostRequestMessageInput,
  locale: Locale,
): Promise<SubjectMessage> {
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (tx) => {
    const request = await tx.rightsRequest.findFirst({
      where: { id: requestId, accountId },
      select: {
        id: true,
        reference: true,
        type: true,
        status: true,
        version: true,
        receivedAt: true,
        isExtended: true,
        suspensions: { select: { id: true, startedAt: true, endedAt: true } },
        assignee: { select: { email: true, locale: true, isActive: true } },
      },
    });
    if (!request) throw new AppError('NOT_FOUND');
    await enforceMessageQuotas(tx, ctx, {
      accountId,
      requestId,
      attachmentBytes: input.attachment?.content.byteLength ?? 0,
      now,
      locale,
    });
    const openPause = request.suspensions.find((s) => s.endedAt === null);
    if (input.isIdentityAnswer && (request.status !== 'identity_pending' || !openPause)) {
      throw new AppError('ILLEGAL_TRANSITION', requestMessages.noIdentityQuestion[locale]);
    }

    const message = await tx.requestMessage.create({
      data: {
        requestId,
        authorType: 'subject',
        body: input.body,
        isInternalNote: false,
        isIdentityAnswer: input.isIdentityAnswer,
        createdAt: now,
      },
      select: { id: true, createdAt: true },
    });
    const attachment = input.attachment
      ? await tx.attachment.create({
          data: {
            requestId,
            messageId: message.id,
            fileName: input.attachment.fileName,
            contentType: input.attachment.contentType,
            size: input.attachment.content.byteLength,
            sha256: createHash('sha256').update(input.attachment.content).digest('hex'),
            content: input.attachment.content,
            createdAt: now,
          },
          select: { id: true, fileName: true, contentType: true, size: true, createdAt: true },
        })
      : null;

    if (input.isIdentityAnswer && openPause) {
      await tx.requestSuspension.update({ where: { id: openPause.id }, data: { endedAt: now } });
      const deadline = computeRequestDeadline(ctx, {
        receivedAt: request.receivedAt,
        isExtended: request.isExtended,
        suspensions: request.suspensions.map((s) =>
          s.id === openPause.id ? { ...s, endedAt: now } : s,
        ),
      });
      const updated = await tx.rightsRequest.updateMany({
        where: { id: requestId, accountId, version: request.version },
        data: {
          dueDate: deadline.effectiveDueDate,
          targetDate: deadline.targetDate,
          version: { increment: 1 },
        },
      });
      if (updated.count === 0) throw new AppError('CONFLICT');
      await tx.requestEvent.create({
        data: {
          requestId,
          type: 'identity_answered',
          actorType: 'subject',
          actorId: accountId,
          isVisibleToSubject: true,
          data: JSON.stringify({ messageId: message.id, dueDate: deadline.effectiveDueDate }),
          createdAt: now,
        },
      });
    }
    // The assigned handler hears of it at once, in their own language; the
    // deadline may have resumed (Art. 12(6)), so waiting for the digest is too slow.
    if (request.assignee?.isActive) {
      await enqueueMail(tx, ctx, {
        template: 'subject_message',
        to: request.assignee.email,
        locale: request.assignee.locale,
        requestId,
        // One mail per request per window however many messages arrive (issue #20):
        // the handler reads them all in the console; an identity answer always gets its own.
        dedupeKey: input.isIdentityAnswer
          ? `subject_message:${message.id}`
          : `subject_message:${requestId}:${Math.floor(now.getTime() / (ctx.env.SUBJECT_MESSAGE_MAIL_MINUTES * 60_000))}`,
        data: {
          reference: request.reference,
          requestType: request.type,
          isIdentityAnswer: input.isIdentityAnswer,
          consolePath: consoleRequestPath(requestId),
        },
      });
    }
    await appendAuditEntry(tx, ctx.db, {
      at: now,
      actorType: 'subject',
      actorId: accountId,
      action: input.isIdentityAnswer ? 'request.identity_answered' : 'request.message_posted',
      requestId,
      details: {
        messageId: message.id,
        attachment: attachment
          ? { id: attachment.id, contentType: attachment.contentType, size: attachment.size }
          : null,
      },
    });
    return {
      id: message.id,
      authorType: 'subject',
      body: input.body,
      isIdentityAnswer: input.isIdentityAnswer,
      createdAt: message.createdAt.toISOString(),
      attachments: attachment
        ? [{ ...attachment, createdAt: attachment.createdAt.toISOString() }]
        : [],
    };
  });
}
