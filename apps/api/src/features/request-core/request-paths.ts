/**
 * Addresses of a request in the web app's route table, for links in mail.
 * Subject mail links to the portal page (the content stays behind the
 * sign-in); staff mail links to the console.
 */
export function requestPathOf(requestId: string): string {
  return `/requests/${requestId}`;
}

export const consoleQueuePath = '/console';

export function consoleRequestPath(requestId: string): string {
  return `/console/requests/${encodeURIComponent(requestId)}`;
}
