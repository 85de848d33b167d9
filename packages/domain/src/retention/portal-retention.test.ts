import { describe, expect, it } from 'vitest';
import { asLocalDate } from '../calendar';
import { portalDeletableOn } from './portal-retention';

const periods = { requestYears: 3, mailBodyDays: 30, auditYears: 5 };
const on = (date: string) => asLocalDate(date);

describe('portalDeletableOn', () => {
  it('when a request closed on 2 March 2026, it is kept through 2 March 2029 and deletable from 3 March 2029', () => {
    expect(portalDeletableOn('portal_request', on('2026-03-02'), periods)).toBe('2029-03-03');
  });

  it('when a request closed on a leap day, its three years end on 28 February and deletion starts on 1 March', () => {
    expect(portalDeletableOn('portal_request', on('2028-02-29'), periods)).toBe('2031-03-01');
  });

  it('when a sign-in code expired on 2 March, it is kept through 3 March and deletable from 4 March', () => {
    expect(portalDeletableOn('login_challenge', on('2026-03-02'), periods)).toBe('2026-03-04');
  });

  it('when a mail was sent on 2 March, its body is kept 30 days through 1 April and deletable from 2 April', () => {
    expect(portalDeletableOn('sent_mail', on('2026-03-02'), periods)).toBe('2026-04-02');
  });

  it('when a request closes, its attachments are deletable the same day', () => {
    expect(portalDeletableOn('request_attachment', on('2026-03-02'), periods)).toBe('2026-03-02');
  });

  it('when the controller sets other periods, accounts follow the request years and audit entries their own', () => {
    const own = { requestYears: 1, mailBodyDays: 7, auditYears: 10 };
    expect(portalDeletableOn('portal_account', on('2026-03-02'), own)).toBe('2027-03-03');
    expect(portalDeletableOn('audit_entry', on('2026-03-02'), own)).toBe('2036-03-03');
    expect(portalDeletableOn('sent_mail', on('2026-03-02'), own)).toBe('2026-03-10');
  });
});
