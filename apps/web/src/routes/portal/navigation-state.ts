/** What one portal page hands the next in history state (never in the URL: it holds an email). */
export interface NavigationState {
  email?: string;
  expiresInMinutes?: number;
  returnTo?: string;
}

export function readNavigationState(state: unknown): NavigationState {
  if (typeof state !== 'object' || state === null) return {};
  const value = state as Record<string, unknown>;
  return {
    ...(typeof value.email === 'string' ? { email: value.email } : {}),
    ...(typeof value.expiresInMinutes === 'number'
      ? { expiresInMinutes: value.expiresInMinutes }
      : {}),
    ...(typeof value.returnTo === 'string' ? { returnTo: value.returnTo } : {}),
  };
}
