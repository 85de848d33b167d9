/** Console addresses used in staff mail; the web app's route table serves them. */
export const consoleQueuePath = '/console';
export function consoleRequestPath(requestId: string): string {
  return `/console/requests/${encodeURIComponent(requestId)}`;
}
