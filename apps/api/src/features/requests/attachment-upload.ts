import type { Request, RequestHandler } from 'express';
import multer from 'multer';
import { ATTACHMENT_MAX_BYTES } from '@oikeus/contracts';
import { AppError } from '../../errors/app-error';
import { safeAttachmentName } from '../request-core/attachment-name';
import { detectAttachmentType } from './detect-attachment-type';
import type { UploadedAttachment } from './post-request-message';

/**
 * multipart/form-data with at most one `file` part, kept in memory (≤ 5 MB)
 * because attachments are stored in the database anyway (any API process can
 * serve them). Text fields are small; anything bigger is refused by multer.
 */
export function attachmentUpload(): RequestHandler {
  const upload = multer({
    storage: multer.memoryStorage(),
    // Browsers send UTF-8 file names; busboy's default would read them as Latin-1.
    defParamCharset: 'utf8',
    limits: { fileSize: ATTACHMENT_MAX_BYTES, files: 1, fields: 4, fieldSize: 64 * 1024, parts: 6 },
  }).single('file');
  // Whatever multer or busboy refuses (no boundary, a truncated body, too many
  // parts, a part without a name) is a malformed form from the caller: 400, or
  // 413 for a file over the limit — never a 500 (found by fuzz-write-routes).
  return (req, res, next) => {
    upload(req, res, (err?: unknown) => {
      if (err === undefined || err === null) return next();
      if (err instanceof multer.MulterError && err.code === 'LIMIT_FILE_SIZE')
        return next(new AppError('PAYLOAD_TOO_LARGE'));
      next(new AppError('VALIDATION_FAILED'));
    });
  };
}

/**
 * The uploaded file, checked: its first bytes must say PDF, PNG or JPEG, and
 * must agree with the type the browser declared (a mismatch is a renamed file).
 */
export function uploadedAttachmentOf(req: Request): UploadedAttachment | undefined {
  const file = req.file;
  if (!file) return undefined;
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
