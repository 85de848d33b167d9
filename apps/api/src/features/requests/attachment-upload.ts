import type { Request, RequestHandler } from 'express';
import multer from 'multer';
import { ATTACHMENT_MAX_BYTES } from '@oikeus/contracts';
import { AppError } from '../../errors/app-error';
import { checkedAttachment, type UploadedAttachment } from '../request-core/checked-attachment';

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

/** The uploaded file, checked (request-core/checked-attachment.ts). */
export function uploadedAttachmentOf(req: Request): UploadedAttachment | undefined {
  return req.file ? checkedAttachment(req.file) : undefined;
}
