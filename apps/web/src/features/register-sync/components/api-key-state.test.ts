import { describe, expect, it } from 'vitest';
import { apiKeyStateOf } from './api-key-state';

describe('apiKeyStateOf', () => {
  it('when a key is active, it is in use', () => {
    expect(apiKeyStateOf({ isActive: true, revokedAt: null })).toBe('active');
  });

  it('when a key is not active and was never revoked, it has expired', () => {
    expect(apiKeyStateOf({ isActive: false, revokedAt: null })).toBe('expired');
  });

  it('when a key was revoked, it reads revoked even if it has also expired', () => {
    expect(apiKeyStateOf({ isActive: false, revokedAt: '2026-01-01T00:00:00.000Z' })).toBe(
      'revoked',
    );
  });
});
