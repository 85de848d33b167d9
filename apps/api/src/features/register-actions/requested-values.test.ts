import { describe, expect, it } from 'vitest';
import { requestedValuesFromDetails } from './requested-values';

describe('requestedValuesFromDetails', () => {
  it('when the subject corrects a full name, the last word becomes the surname and the rest first names', () => {
    const details = {
      type: 'rectification',
      registers: ['customer'],
      items: [{ field: 'name', correctValue: 'Anna Maria Virtanen' }],
    };
    expect(requestedValuesFromDetails(details)).toEqual([
      { field: 'lastName', value: 'Virtanen' },
      { field: 'firstName', value: 'Anna Maria' },
    ]);
  });

  it('when portal field names are used, they map to register fields and the email is lower-cased', () => {
    const details = {
      type: 'rectification',
      registers: ['customer', 'marketing'],
      items: [
        { field: 'street_address', correctValue: 'Uusikatu 5' },
        { field: 'postal_code', correctValue: '00500' },
        { field: 'email', correctValue: 'Anna@Example.FI' },
        { field: 'other', otherField: 'title', correctValue: 'CEO' },
      ],
    };
    expect(requestedValuesFromDetails(details)).toEqual([
      { field: 'streetAddress', value: 'Uusikatu 5' },
      { field: 'postalCode', value: '00500' },
      { field: 'email', value: 'anna@example.fi' },
    ]);
  });

  it('when the details are not a rectification, nothing is requested', () => {
    expect(requestedValuesFromDetails({ type: 'erasure', registers: ['customer'] })).toEqual([]);
  });
});
