/** Keys of the local mailbox (development and demo only). */
export const devMailboxKeys = {
  available: ['dev-mailbox', 'available'] as const,
  list: (to: string | undefined) => ['dev-mailbox', 'list', to ?? ''] as const,
  message: (id: string) => ['dev-mailbox', 'message', id] as const,
};
