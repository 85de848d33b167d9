import { describe, expect, it } from 'vitest';
import { describeSendFailure, retryDelayMs } from './outbox-retry-policy';

const env = { MAIL_RETRY_BASE_SECONDS: 30, MAIL_RETRY_MAX_SECONDS: 1800 };

describe('retryDelayMs', () => {
  it('doubles per attempt, between half and all of the step, and stops growing at the cap', () => {
    expect(retryDelayMs(1, env, () => 0)).toBe(15_000);
    expect(retryDelayMs(1, env, () => 1)).toBe(30_000);
    expect(retryDelayMs(2, env, () => 1)).toBe(60_000);
    expect(retryDelayMs(4, env, () => 1)).toBe(240_000);
    expect(retryDelayMs(20, env, () => 1)).toBe(1_800_000);
    expect(retryDelayMs(20, env, () => 0)).toBe(900_000);
  });

  it('when workers fail together, the jitter spreads their retries', () => {
    const delays = new Set([0.1, 0.4, 0.7, 0.9].map((r) => retryDelayMs(3, env, () => r)));
    expect(delays.size).toBe(4);
  });
});

describe('describeSendFailure', () => {
  it('when the server cannot be reached, the failure is neither permanent nor tied to the message', () => {
    const failure = describeSendFailure(
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:2525'), { code: 'ESOCKET' }),
    );
    expect(failure).toMatchObject({ isPermanent: false, isServerUnreachable: true });
    expect(failure.summary).toBe('ESOCKET: connect ECONNREFUSED 127.0.0.1:2525');
  });

  it('when the server refuses a recipient with 550, the failure is permanent and its summary has no address', () => {
    const failure = describeSendFailure(
      Object.assign(
        new Error(
          "Can't send mail - all recipients were rejected: 550 <niina@inope.fi>: Mailbox unavailable",
        ),
        {
          code: 'EENVELOPE',
          responseCode: 550,
        },
      ),
    );
    expect(failure.isPermanent).toBe(true);
    expect(failure.isServerUnreachable).toBe(false);
    expect(failure.summary).not.toContain('niina@inope.fi');
    expect(failure.summary).toContain('EENVELOPE 550');
  });

  it('a 4xx answer (greylisting, mailbox full for now) is temporary', () => {
    const failure = describeSendFailure(
      Object.assign(new Error('451 try later'), { code: 'EENVELOPE', responseCode: 451 }),
    );
    expect(failure.isPermanent).toBe(false);
  });
});
