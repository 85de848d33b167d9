import type { ApiKeyView } from '@oikeus/contracts';

export type ApiKeyState = 'active' | 'revoked' | 'expired';

/** Revoked wins over expired: it was a decision, the expiry only a date. */
export function apiKeyStateOf(key: Pick<ApiKeyView, 'isActive' | 'revokedAt'>): ApiKeyState {
  if (key.revokedAt) return 'revoked';
  return key.isActive ? 'active' : 'expired';
}
