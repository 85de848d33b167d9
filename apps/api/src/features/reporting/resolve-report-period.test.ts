import { describe, expect, it } from 'vitest';
import { resolveReportPeriod } from './resolve-report-period';

const TZ = 'Europe/Helsinki';
// Sunday 15 June 2031, 00:30 in Helsinki (still 14 June in UTC).
const NOW = new Date('2031-06-14T21:30:00Z');

describe('resolveReportPeriod', () => {
  it('this month runs from the 1st to today in the controller’s time zone, not UTC', () => {
    const period = resolveReportPeriod({ period: 'this_month' }, NOW, TZ);
    expect(period).toMatchObject({ from: '2031-06-01', to: '2031-06-15', months: ['2031-06'] });
    expect(period.start.toISOString()).toBe('2031-05-31T21:00:00.000Z');
    expect(period.end.toISOString()).toBe('2031-06-15T21:00:00.000Z');
  });

  it('the last 12 months are the current month and the eleven before it', () => {
    const period = resolveReportPeriod({ period: 'last_12_months' }, NOW, TZ);
    expect(period.from).toBe('2030-07-01');
    expect(period.to).toBe('2031-06-15');
    expect(period.months).toHaveLength(12);
    expect(period.months[0]).toBe('2030-07');
    expect(period.months.at(-1)).toBe('2031-06');
  });

  it('a year has thirteen month edges, each the local midnight that starts a month', () => {
    const period = resolveReportPeriod({ period: 'year', year: 2031 }, NOW, TZ);
    expect(period.edges).toHaveLength(13);
    // Winter time (UTC+2) until the last Sunday of March, summer time (UTC+3) after.
    expect(period.edges[2]?.toISOString()).toBe('2031-02-28T22:00:00.000Z');
    expect(period.edges[3]?.toISOString()).toBe('2031-03-31T21:00:00.000Z');
    expect(period.edges[12]?.toISOString()).toBe('2031-12-31T22:00:00.000Z');
  });

  it('a custom period that starts mid-month starts its first month edge on its first day', () => {
    const period = resolveReportPeriod(
      { period: 'custom', from: '2031-03-15', to: '2031-05-02' },
      NOW,
      TZ,
    );
    expect(period.months).toEqual(['2031-03', '2031-04', '2031-05']);
    expect(period.edges.map((edge) => edge.toISOString())).toEqual([
      '2031-03-14T22:00:00.000Z',
      '2031-03-31T21:00:00.000Z',
      '2031-04-30T21:00:00.000Z',
      '2031-05-02T21:00:00.000Z',
    ]);
  });
});
