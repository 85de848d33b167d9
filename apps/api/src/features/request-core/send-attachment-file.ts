import type { Response } from 'express';
import type { AttachmentFile } from './read-own-attachment';

/**
 * Sends a file someone uploaded. Always a download, never rendered in our
 * origin: a hostile PDF or image cannot run in the portal's or console's context.
 */
export function sendAttachmentFile(res: Response, file: AttachmentFile): void {
  res.attachment(file.fileName);
  res.type(file.contentType);
  res.set({
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, no-store',
    'Content-Security-Policy': "default-src 'none'; sandbox",
  });
  res.send(Buffer.from(file.content));
}
