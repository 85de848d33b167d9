import { AppError } from '../../errors/app-error';
import { safeAttachmentName } from './attachment-name';
import { detectAttachmentType } from './detect-attachment-type';

export interface UploadedAttachment {
  fileName: string;
  /** Detected from the content, never the browser's word. */
  contentType: string;
  content: Uint8Array<ArrayBuffer>;
}

/**
 * One file a person or handler uploads (portal message, console new request,
 * an `.eml` attachment), checked: its first bytes must say PDF, PNG or JPEG and
 * agree with the declared type (a mismatch is a renamed file).
 */
export function checkedAttachment(file: {
  originalname: string;
  mimetype: string;
  buffer: Buffer;
}): UploadedAttachment {
  const detected = detectAttachmentType(file.buffer);
  if (!detected || detected !== file.mimetype) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'attachment.fileType');
  }
  return {
    fileName: safeAttachmentName(file.originalname, detected),
    contentType: detected,
    content: new Uint8Array(file.buffer),
  };
}
