import { describe, expect, it } from 'vitest';
import { asLocalDate } from '@oikeus/domain';
import { formatRetentionReport } from './format-retention-report';
import { addToRetentionTotals, emptyRetentionTotals } from './retention-tally';
import type { RetentionItem } from './retention-item';

const items: RetentionItem[] = [
  {
    recordType: 'invoice',
    recordId: 'inv-1',
    action: 'delete',
    ruleId: 'accounting_vouchers',
    deletableSince: asLocalDate('2027-01-01'),
    reason: 'retention_period_expired',
  },
  {
    recordType: 'customer',
    recordId: 'cust-1',
    action: 'anonymise',
    ruleId: 'customer_data',
    deletableSince: asLocalDate('2025-07-01'),
    reason: 'vouchers_still_kept',
  },
];

function totalsOf(list: RetentionItem[]) {
  const totals = emptyRetentionTotals();
  addToRetentionTotals(totals, list, [
    { recordType: 'customer', reason: 'retention_period_running' },
    { recordType: 'customer', reason: 'restriction_requires_keeping' },
  ]);
  return totals;
}

describe('formatRetentionReport', () => {
  it('when a dry run finds an invoice and a customer, it prints one aligned row each with rule, date, action and why, then the totals', () => {
    const text = formatRetentionReport({
      isDryRun: true,
      today: '2027-01-01',
      items,
      totals: totalsOf(items),
    });

    expect(text.split('\n')).toEqual([
      'Retention dry run on 2027-01-01: nothing was changed.',
      'RECORD TYPE  ID      RULE                 DELETABLE SINCE  ACTION           WHY',
      '-----------  ------  -------------------  ---------------  ---------------  -------------------------------------------',
      'invoice      inv-1   accounting_vouchers  2027-01-01       would delete     retention period over',
      'customer     cust-1  customer_data        2025-07-01       would anonymise  period over, accounting vouchers still kept',
      '',
      'Would delete: 1 (invoice 1)',
      'Would anonymise: 1 (customer 1)',
      'Kept: customer 2 (period running 1, restriction requires keeping 1)',
      '',
      'Portal records (the notice: handling data-subject requests):',
      'CATEGORY        WOULD DELETE  DELETABLE SINCE  KEPT  NEXT DUE  KEPT BECAUSE',
      '--------------  ------------  ---------------  ----  --------  ------------',
      'portal request  0             -                0     -         -',
      'request file    0             -                0     -         -',
      'portal account  0             -                0     -         -',
      'sign-in code    0             -                0     -         -',
      'sent mail       0             -                0     -         -',
      'audit entry     0             -                0     -         -',
    ]);
  });

  it('when a real run deleted nothing, it says so and the totals are zero', () => {
    const text = formatRetentionReport({
      isDryRun: false,
      today: '2026-03-02',
      items: [],
      totals: emptyRetentionTotals(),
    });

    expect(text).toBe(
      [
        'Retention run on 2026-03-02.',
        'Nothing was due for deletion.',
        '',
        'Deleted: 0',
        'Anonymised: 0',
        'Kept: 0',
        '',
        'Portal records (the notice: handling data-subject requests):',
        'CATEGORY        DELETED  DELETABLE SINCE  KEPT  NEXT DUE  KEPT BECAUSE',
        '--------------  -------  ---------------  ----  --------  ------------',
        'portal request  0        -                0     -         -',
        'request file    0        -                0     -         -',
        'portal account  0        -                0     -         -',
        'sign-in code    0        -                0     -         -',
        'sent mail       0        -                0     -         -',
        'audit entry     0        -                0     -         -',
      ].join('\n'),
    );
  });

  it('when a real run deleted records, the action column says what was done', () => {
    const text = formatRetentionReport({
      isDryRun: false,
      today: '2027-01-01',
      items,
      totals: totalsOf(items),
    });

    expect(text).toContain('invoice      inv-1   accounting_vouchers  2027-01-01       deleted');
    expect(text).toContain('customer     cust-1  customer_data        2025-07-01       anonymised');
    expect(text).toContain('Deleted: 1 (invoice 1)');
  });

  it('when portal records are due and kept, the table lists each category with counts, dates, the next due day and why records stay', () => {
    const portalItems: RetentionItem[] = [
      {
        recordType: 'portal_request',
        recordId: 'req-1',
        action: 'delete',
        ruleId: 'portal.portal_request',
        deletableSince: asLocalDate('2029-03-03'),
        reason: 'retention_period_expired',
      },
      {
        recordType: 'sent_mail',
        recordId: 'mail-1',
        action: 'delete',
        ruleId: 'portal.sent_mail',
        deletableSince: asLocalDate('2029-01-01'),
        reason: 'retention_period_expired',
      },
      {
        recordType: 'sent_mail',
        recordId: 'mail-2',
        action: 'delete',
        ruleId: 'portal.sent_mail',
        deletableSince: asLocalDate('2029-02-01'),
        reason: 'retention_period_expired',
      },
    ];
    const totals = emptyRetentionTotals();
    addToRetentionTotals(totals, portalItems, [
      {
        recordType: 'portal_request',
        reason: 'retention_period_running',
        deletableOn: asLocalDate('2029-06-01'),
      },
      { recordType: 'portal_request', reason: 'request_open' },
      {
        recordType: 'audit_entry',
        reason: 'append_only_audit_trail',
        count: 4,
        deletableOn: asLocalDate('2027-01-01'),
      },
      { recordType: 'audit_entry', reason: 'retention_period_running', count: 0 },
    ]);

    const text = formatRetentionReport({
      isDryRun: true,
      today: '2029-03-03',
      items: portalItems,
      totals,
    });

    const lines = text.split('\n');
    expect(lines).toContain(
      'portal request  req-1   portal.portal_request  2029-03-03       would delete  retention period over',
    );
    expect(lines).toContain('Would delete: 3 (portal request 1, sent mail 2)');
    const block = lines.slice(
      lines.indexOf('Portal records (the notice: handling data-subject requests):'),
    );
    expect(block).toEqual([
      'Portal records (the notice: handling data-subject requests):',
      'CATEGORY        WOULD DELETE  DELETABLE SINCE         KEPT  NEXT DUE    KEPT BECAUSE',
      '--------------  ------------  ----------------------  ----  ----------  ---------------------------------------------------------',
      'portal request  1             2029-03-03              2     2029-06-01  period running 1, request open 1',
      'request file    0             -                       0     -           -',
      'portal account  0             -                       0     -           -',
      'sign-in code    0             -                       0     -           -',
      'sent mail       2             2029-01-01..2029-02-01  0     -           -',
      'audit entry     0             2027-01-01              4     -           past its period, append-only: never deleted by this job 4',
    ]);
  });
});
