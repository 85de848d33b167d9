import { createHash } from 'node:crypto';
import type { SubjectMessage } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../errors/app-error';
import type { UploadedAttachment } from '../request-core/checked-attachment';
import { changeRequest } from '../request-core/change-request';
import { loadRequestForWrite } from '../request-core/load-request-for-write';
import { consoleRequestPath } from '../request-core/request-paths';
import { loadStaffMailDirectory, pickRequestMailRecipients } from '../staff/staff-mail-recipients';
import { enforceMessageQuotas } from './enforce-message-quotas';

export interface PostRequestMessageInput {
  body: string;
  isIdentityAnswer: boolean;
  attachment?: UploadedAttachment;
}

/**
 * The subject writes to the handler, optionally with one file.
 *
 * An answer to the handler's identity question is the lifecycle action
 * `answer_identity`: the pause of the clock ends at once (EDPB Guidelines
 * 01/2022 §159: the period is suspended only while the controller waits for
 * the information it asked for) and the request returns to `received`, where
 * the handler decides whether the answer suffices (Art. 12(6)) — verify, ask
 * again or refuse. The domain lifecycle owns this; request-core writes it.
 */
export async function postRequestMessage(
  ctx: AppContext,
  accountId: string,
  requestId: string,
  input: PostRequestMessageInput,
): Promise<SubjectMessage> {
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (tx) => {
    const request = await loadRequestForWrite(tx, { requestId, accountId });
    await enforceMessageQuotas(tx, ctx, {
      accountId,
      requestId,
      attachmentBytes: input.attachment?.content.byteLength ?? 0,
      now,
    });
    if (input.isIdentityAnswer && request.status !== 'identity_pending') {
      throw new AppError('ILLEGAL_TRANSITION', 'message.noIdentityQuestion');
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

    // The assignee hears of it at once, in their own language; on a request
    // nobody has yet, the contact person and those who chose to hear of every
    // message (issue #19). The deadline may have resumed (Art. 12(6)), so
    // waiting for the digest is too slow.
    const recipients = pickRequestMailRecipients(
      await loadStaffMailDirectory(tx, ctx),
      'messages',
      // An assignee who has left is no assignee: the directory holds active staff only.
      request.assigneeId,
    );
    // One mail per request per window however many messages arrive (issue #20):
    // the handler reads them all in the console; an identity answer always gets its own.
    const mailKey = input.isIdentityAnswer
      ? `subject_message:${message.id}`
      : `subject_message:${requestId}:${Math.floor(now.getTime() / (ctx.env.SUBJECT_MESSAGE_MAIL_MINUTES * 60_000))}`;
    await changeRequest(tx, ctx, request, {
      actor: { type: 'subject', id: accountId },
      ...(input.isIdentityAnswer ? { transition: 'answer_identity' as const } : {}),
      event: input.isIdentityAnswer
        ? ({ deadline }) => ({
            type: 'identity_answered',
            data: { messageId: message.id, dueDate: deadline.effectiveDueDate },
          })
        : null,
      audit: {
        action: input.isIdentityAnswer ? 'request.identity_answered' : 'request.message_posted',
        details: {
          messageId: message.id,
          attachment: attachment
            ? { id: attachment.id, contentType: attachment.contentType, size: attachment.size }
            : null,
        },
      },
      mail: recipients.map((recipient) => ({
        template: 'subject_message' as const,
        to: recipient.email,
        locale: recipient.locale,
        requestId,
        dedupeKey: `${mailKey}:${recipient.key}`,
        data: {
          reference: request.reference,
          requestType: request.type,
          isIdentityAnswer: input.isIdentityAnswer,
          consolePath: consoleRequestPath(requestId),
        },
      })),
    });
    return {
      id: message.id,
      authorType: 'subject',
      body: input.body,
      isIdentityAnswer: input.isIdentityAnswer,
      createdAt: message.createdAt.toISOString(),
      attachments: attachment
        ? [
            {
              ...attachment,
              createdAt: attachment.createdAt.toISOString(),
              deletedAt: null,
              deletedReason: null,
            },
          ]
        : [],
    };
  });
}
