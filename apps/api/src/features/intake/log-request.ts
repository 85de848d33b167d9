import { createHash } from 'node:crypto';
import type {
  NewConsoleRequestResponse,
  ReceiptSource,
  StaffChannel,
  SubmittedRequestDetails,
  RequesterInput,
} from '@oikeus/contracts';
import { fromLocalDateTime, type Locale } from '@oikeus/domain';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../errors/app-error';
import type { UploadedAttachment } from '../request-core/checked-attachment';
import { createRequest } from '../request-core/create-request';
import { drawRequestReference } from '../request-core/draw-request-reference';
import { computeRequestDeadline, requestDeadlineStatus } from '../request-core/request-deadline';
import type { ParsedEmail } from './parse-email';

export interface LogRequestInput {
  staffId: string;
  channel: StaffChannel;
  /** Wall-clock time in the controller's zone; undefined is now. */
  receivedAt: string | undefined;
  receiptSource: ReceiptSource;
  rights: SubmittedRequestDetails[];
  requester: RequesterInput;
  locale: Locale;
  note: string | undefined;
  files: UploadedAttachment[];
  email: ParsedEmail | undefined;
}

/** The receipt instant the handler chose; the period runs from it (EDPB 01/2022 §159). */
function receiptOf(ctx: AppContext, input: LogRequestInput): Date {
  const now = ctx.clock.now();
  let at: Date;
  if (input.receiptSource === 'email_date' || input.receiptSource === 'forwarded_at') {
    const fromEmail =
      input.receiptSource === 'email_date' ? input.email?.dateHeader : input.email?.forwardedAt;
    if (!fromEmail) throw new AppError('VALIDATION_FAILED', 'intake.emailDateMissing');
    at = fromEmail;
  } else if (input.receivedAt) {
    try {
      at = fromLocalDateTime(input.receivedAt, ctx.env.CONTROLLER_TIME_ZONE);
    } catch {
      throw new AppError('VALIDATION_FAILED', 'intake.receiptInvalid');
    }
  } else {
    at = now;
  }
  // A minute's grace for the handler's and the server's clocks; later is the future.
  if (at.getTime() > now.getTime() + 60_000) {
    throw new AppError('VALIDATION_FAILED', 'intake.receiptInFuture');
  }
  return at.getTime() > now.getTime() ? now : at;
}

/**
 * A handler logs a request that came by letter, email, phone or in person
 * (issue #18). Each right asked for becomes a request in the same lifecycle,
 * queue, reminders and audit trail as a portal request, marked with its
 * channel and the handler who entered it, with its deadline from the real
 * receipt (GDPR Art. 12(3)). A requester without a portal account gets an
 * account row for their email that is not signed up; signing in with that
 * address later shows them the request. The original documents are kept
 * with an internal note. No acknowledgement mail is sent from here: the
 * requester may never have given consent to mail, and the handler answers
 * by the channel the request came by.
 */
export async function logRequest(
  ctx: AppContext,
  input: LogRequestInput,
): Promise<NewConsoleRequestResponse> {
  const now = ctx.clock.now();
  const receivedAt = receiptOf(ctx, input);
  const references: string[] = [];
  for (const _ of input.rights) references.push(await drawRequestReference(ctx, receivedAt));
  const files = [...input.files, ...(input.email?.attachments ?? [])];

  return inTransaction(ctx.db, async (tx) => {
    const existing = await tx.account.findUnique({
      where: { email: input.requester.email },
      select: { id: true },
    });
    const account =
      existing ??
      (await tx.account.create({
        data: {
          email: input.requester.email,
          name: input.requester.name,
          phone: input.requester.phone ?? null,
          locale: input.locale,
          signedUpAt: null,
          createdAt: now,
        },
        select: { id: true },
      }));
    const actor = { type: 'staff', id: input.staffId } as const;
    const created: NewConsoleRequestResponse['requests'] = [];
    for (const [index, right] of input.rights.entries()) {
      const reference = references[index] ?? '';
      const request = await createRequest(tx, ctx, {
        actor,
        request: {
          reference,
          accountId: account.id,
          type: right.type,
          targetsCustomerRegister: right.registers.includes('customer'),
          targetsMarketingRegister: right.registers.includes('marketing'),
          details: JSON.stringify(right),
          locale: input.locale,
          receivedAt,
          channel: input.channel,
          enteredById: input.staffId,
          requesterPostalAddress: input.requester.postalAddress ?? null,
        },
        event: ({ dueDate }) => ({
          type: 'submitted',
          data: { reference, dueDate, channel: input.channel },
        }),
        audit: ({ dueDate }) => ({
          action: 'request.submitted',
          details: {
            type: right.type,
            registers: right.registers,
            dueDate,
            channel: input.channel,
            receivedAt: receivedAt.toISOString(),
            // Which time the handler took as the receipt, and what the email said (Art. 5(2)).
            receiptSource: input.receiptSource,
            emailDateHeader: input.email?.dateHeader?.toISOString() ?? null,
            emailForwardedAt: input.email?.forwardedAt?.toISOString() ?? null,
            isNewRequester: !existing,
            attachments: files.length,
          },
        }),
        // The note and the originals, staff only (not shown in the portal) but part of the access copy.
        effects: async ({ id }) => {
          if (!input.note && files.length === 0) return [];
          const note = await tx.requestMessage.create({
            data: {
              requestId: id,
              authorType: 'staff',
              authorStaffId: input.staffId,
              body: input.note ?? '',
              isInternalNote: true,
              createdAt: now,
            },
            select: { id: true },
          });
          for (const file of files) {
            await tx.attachment.create({
              data: {
                requestId: id,
                messageId: note.id,
                fileName: file.fileName,
                contentType: file.contentType,
                size: file.content.byteLength,
                sha256: createHash('sha256').update(file.content).digest('hex'),
                content: file.content,
                createdAt: now,
              },
            });
          }
          return [{ actor, event: { type: 'internal_note_added', data: { messageId: note.id } } }];
        },
        mail: () => [],
      });
      created.push({ id: request.id, reference, dueDate: request.effectiveDueDate });
    }
    const deadline = computeRequestDeadline(ctx, {
      receivedAt,
      isExtended: false,
      suspensions: [],
    });
    const status = requestDeadlineStatus(ctx, deadline);
    return {
      requests: created,
      receivedAt: receivedAt.toISOString(),
      deadlineWarning: status.isOverdue ? 'past' : status.isAtRisk ? 'close' : 'none',
      isNewRequester: !existing,
    };
  });
}
