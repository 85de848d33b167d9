import { describe, expect, it } from 'vitest';
import {
  defaultReportQuery,
  inputFromValues,
  paramsFromQuery,
  queryFromParams,
  valuesFromQuery,
} from './report-filter-values';

describe('the report’s address', () => {
  it('when a year report with filters is put in the address, reading it back gives the same query', () => {
    const query = {
      period: 'year' as const,
      year: 2031,
      type: ['erasure' as const],
      register: 'marketing' as const,
      channel: ['portal' as const],
      handler: '00000000-0000-4000-8000-000000000001',
    };
    const params = paramsFromQuery(query);
    expect(params.toString()).toBe(
      'period=year&year=2031&type=erasure&register=marketing&channel=portal&handler=00000000-0000-4000-8000-000000000001',
    );
    expect(queryFromParams(params)).toEqual(query);
  });

  it('when the address holds a custom period that runs backwards, the default period is shown', () => {
    const params = new URLSearchParams('period=custom&from=2031-03-02&to=2031-03-01');
    expect(queryFromParams(params)).toEqual(defaultReportQuery);
  });

  it('when the form has a year but the period is custom, only the custom days reach the contract', () => {
    const values = valuesFromQuery(
      { period: 'custom', from: '2031-03-01', to: '2031-03-31' },
      2031,
    );
    expect(inputFromValues({ ...values, year: '2030' })).toEqual({
      period: 'custom',
      from: '2031-03-01',
      to: '2031-03-31',
    });
  });
});
