import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import type { EmailImportResponse } from '@oikeus/contracts';
import { AppError } from '../../errors/app-error';
import { checkedAttachment, type UploadedAttachment } from '../request-core/checked-attachment';

export interface ParsedEmail {
  prefill: EmailImportResponse;
  /** The PDF, PNG and JPEG attachments, checked like any upload. */
  attachments: UploadedAttachment[];
  dateHeader: Date | null;
  forwardedAt: Date | null;
}

const FORWARDED = 'message/rfc822';

function firstAddress(field: AddressObject | AddressObject[] | undefined) {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  const address = list.flatMap((a) => a.value).find((a) => a.address);
  return address?.address
    ? { name: address.name ?? '', email: address.address.toLowerCase() }
    : null;
}

function validDate(date: Date | undefined): Date | null {
  return date && !Number.isNaN(date.getTime()) ? date : null;
}

/**
 * A forwarded email as a handler drops it into the new-request form (issue #18).
 * Forwarded as an attachment, the request is the inner message and the outer
 * Date is when it was forwarded; otherwise the file is the request itself.
 * Only text leaves this function: the HTML part is never returned or rendered
 * (mailparser's `text`, or its text conversion of the HTML when there is none).
 */
export async function parseEmail(source: Buffer): Promise<ParsedEmail> {
  let outer: ParsedMail;
  try {
    outer = await simpleParser(source, { skipHtmlToText: false, skipImageLinks: true });
  } catch {
    throw new AppError('VALIDATION_FAILED', 'intake.emailUnreadable');
  }
  const inner = outer.attachments.find((a) => a.contentType === FORWARDED);
  const request = inner ? await simpleParser(inner.content, { skipImageLinks: true }) : outer;
  if (!request.from && !request.date && !request.subject && !request.text) {
    throw new AppError('VALIDATION_FAILED', 'intake.emailUnreadable');
  }
  const files = request.attachments.filter((a) => a.contentType !== FORWARDED);
  const attachments: UploadedAttachment[] = [];
  const listed = files.map((file) => {
    let isAccepted = true;
    try {
      attachments.push(
        checkedAttachment({
          originalname: file.filename ?? 'attachment',
          mimetype: file.contentType,
          buffer: file.content,
        }),
      );
    } catch {
      isAccepted = false;
    }
    return {
      fileName: file.filename ?? '',
      contentType: file.contentType,
      size: file.size,
      isAccepted,
    };
  });
  const dateHeader = validDate(request.date);
  const forwardedAt = inner ? validDate(outer.date) : null;
  return {
    prefill: {
      sender: firstAddress(request.from),
      subject: request.subject ?? '',
      text: (request.text ?? '').slice(0, 20_000),
      dateHeader: dateHeader?.toISOString() ?? null,
      forwardedAt: forwardedAt?.toISOString() ?? null,
      attachments: listed,
    },
    attachments,
    dateHeader,
    forwardedAt,
  };
}
