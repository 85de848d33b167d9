// Development conveniences that would expose personal data are refused when
// NODE_ENV=production (GDPR Art. 25: data protection by default).
import { describe, expect, it } from 'vitest';
import { loadEnv } from '../../src/config/env';

const production = {
  NODE_ENV: 'production',
  SESSION_SECRET: 'production-secret-production-secret-0123',
  AUDIT_CHAIN_KEY: 'production-audit-key-production-audit-key-0123',
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
