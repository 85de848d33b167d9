/**
 * GET /api/requests/:id/attachments/:attachmentId: the file of a message,
 * always served as a download. A plain link, so the browser streams it with
 * the session cookie instead of the app buffering it.
 */
export function attachmentUrl(requestId: string, attachmentId: string): string {
  return `/api/requests/${encodeURIComponent(requestId)}/attachments/${encodeURIComponent(attachmentId)}`;
}
