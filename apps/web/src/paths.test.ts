import { describe, expect, it } from 'vitest';
import { paths, recordTypeOfSegment } from './paths';

describe('register record paths', () => {
  it('when a record link is built, its type segment reads back as the same record type', () => {
    const url = paths.console.record.to('marketing_contact', 'abc');
    expect(url).toBe('/console/records/marketing-contacts/abc');
    expect(recordTypeOfSegment(url.split('/')[3])).toBe('marketing_contact');
    expect(recordTypeOfSegment('customers')).toBe('customer');
  });

  it('when the segment is not a record type, it reads as none', () => {
    expect(recordTypeOfSegment('invoices')).toBeNull();
    expect(recordTypeOfSegment(undefined)).toBeNull();
  });
});
