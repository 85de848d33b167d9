import type { Response } from 'express';
import { safeAttachmentName } from './attachment-name';
import type { AttachmentFile } from './read-own-attachment';

/**
 * Sends a file someone uploaded. Always a download, never rendered in our
 * origin: a hostile PDF or image cannot run in the portal's or console's context.
 */
export function sendAttachmentFile(res: Response, file: AttachmentFile): void {
  // Named by the detected type, whatever the stored name says (older rows included).
  res.attachment(safeAttachmentName(file.fileName, file.contentType));
  res.type(file.contentType);
  res.set({
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, no-store',
    'Content-Security-Policy': "default-src 'none'; sandbox",
  });
  res.send(Buffer.from(file.content));
}
