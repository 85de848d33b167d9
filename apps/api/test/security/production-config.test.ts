// Development conveniences that would expose personal data are refused when
// NODE_ENV=production (GDPR Art. 25: data protection by default).
import { describe, expect, it } from 'vitest';
import { loadEnv } from '../../src/config/env';

const production = {
  NODE_ENV: 'production',
  SESSION_SECRET: 'production-secret-production-secret-0123',
  AUDIT_CHAIN_KEY: 'production-audit-key-production-audit-key-0123',
  SUPPRESSION_KEY: 'production-suppression-key-production-key-0123',
  MAIL_TRANSPORT: 'smtp',
  SMTP_URL: 'smtps://mail.example.fi:465',
};

describe('production configuration', () => {
  it('when every production requirement is met, the configuration loads', () => {
    expect(loadEnv(production).NODE_ENV).toBe('production');
  });

  it('when production would keep mail locally (readable at /api/dev/mailbox), start-up refuses', () => {
    expect(() => loadEnv({ ...production, MAIL_TRANSPORT: 'local', SMTP_URL: '' })).toThrow(
      /MAIL_TRANSPORT: must be smtp in production/,
    );
    expect(() => loadEnv({ ...production, MAIL_TRANSPORT: '', SMTP_URL: '' })).toThrow(
      /MAIL_TRANSPORT: must be smtp in production/,
    );
  });

  it('when production has no audit chain key (each host would generate its own), start-up refuses', () => {
    expect(() => loadEnv({ ...production, AUDIT_CHAIN_KEY: '' })).toThrow(
      /AUDIT_CHAIN_KEY: is required in production/,
    );
  });

  it('when production would mount the test clock, start-up refuses', () => {
    expect(() => loadEnv({ ...production, TEST_CLOCK: 'true' })).toThrow(
      /TEST_CLOCK: must not be enabled in production/,
    );
  });
});

describe('production session secret', () => {
  it.each([
    ['one repeated character', 'a'.repeat(48)],
    ['a short repeated pattern', 'abc'.repeat(16)],
    ['two alternating characters', '01'.repeat(24)],
  ])(
    'when SESSION_SECRET is %s, start-up refuses with a message naming the variable',
    (_label, secret) => {
      expect(() => loadEnv({ ...production, SESSION_SECRET: secret })).toThrow(
        /SESSION_SECRET: is too predictable for production .*openssl rand/,
      );
    },
  );

  it('when SESSION_SECRET is generated (48 random bytes, base64), production accepts it', () => {
    const secret = 'N3q8xK2vR9mT4pW7yB1cF6hJ0lZ5sD8gQ2aE4uI6oY9rV3nM7kX1wC5bH0jL2fP4';
    expect(loadEnv({ ...production, SESSION_SECRET: secret }).SESSION_SECRET).toBe(secret);
  });

  it('when the secret is weak outside production (tests, development), it is not refused', () => {
    expect(loadEnv({ NODE_ENV: 'test', SESSION_SECRET: 'a'.repeat(40) }).SESSION_SECRET).toBe(
      'a'.repeat(40),
    );
  });
});
