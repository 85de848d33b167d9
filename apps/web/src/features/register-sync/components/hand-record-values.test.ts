import { consoleCustomerInputSchema, consoleMarketingContactInputSchema } from '@oikeus/contracts';
import { describe, expect, it } from 'vitest';
import {
  emptyHandValues,
  finnishDate,
  handValuesFromView,
  toHandInput,
} from './hand-record-values';
import { readRecordView } from './record-view';

describe('finnishDate', () => {
  it('when given a day, writes it the Finnish way without leading zeros', () => {
    expect(finnishDate('2025-04-03')).toBe('3.4.2025');
    expect(finnishDate('2026-12-31')).toBe('31.12.2026');
  });

  it('when given nothing or something else, gives an empty field', () => {
    expect(finnishDate(null)).toBe('');
    expect(finnishDate('3.4.2025')).toBe('');
  });
});

describe('toHandInput', () => {
  it('when a customer is added with blanks, only the customer fields with text are sent, and the contract accepts it', () => {
    const input = toHandInput('customer', {
      ...emptyHandValues(),
      firstName: 'Tuula',
      lastName: 'Käsin',
      relationshipStartedOn: '3.4.2025',
      lastActivityOn: '1.1.2026',
      customerExternalId: 'crm-1',
      source: 'phone',
    });
    expect(input).toEqual({
      firstName: 'Tuula',
      lastName: 'Käsin',
      country: 'FI',
      relationshipStartedOn: '3.4.2025',
      source: 'phone',
    });
    expect(consoleCustomerInputSchema.parse(input).relationshipStartedOn).toBe('2025-04-03');
  });

  it('when the source is not chosen, it is left out so the contract asks for it', () => {
    const input = toHandInput('marketing_contact', {
      ...emptyHandValues(),
      firstName: 'Pekka',
      lastName: 'Posti',
      lastActivityOn: '2026-02-01',
    });
    expect('source' in input).toBe(false);
    const result = consoleMarketingContactInputSchema.safeParse(input);
    expect(result.success ? [] : result.error.issues.map((i) => i.path.join('.'))).toEqual([
      'source',
    ]);
  });

  it('when a required name is emptied, it is still sent so the contract names the field', () => {
    const input = toHandInput('customer', { ...emptyHandValues(), source: 'letter' });
    expect(input.firstName).toBe('');
    expect(input.relationshipStartedOn).toBe('');
  });
});

describe('handValuesFromView', () => {
  it('when a contact is edited, the form starts from the register with its customer link and Finnish dates', () => {
    const values = handValuesFromView(
      readRecordView({
        firstName: 'Pekka',
        lastName: 'Posti',
        email: 'pekka@example.fi',
        lastActivityOn: '2026-02-01T00:00:00.000Z',
        customerExternalId: 'console-abc',
        source: 'meeting',
        sourceDetail: null,
      }),
    );
    expect(values).toMatchObject({
      firstName: 'Pekka',
      email: 'pekka@example.fi',
      lastActivityOn: '1.2.2026',
      customerExternalId: 'console-abc',
      source: 'meeting',
      sourceDetail: '',
      company: '',
    });
  });

  it('when the record names a source the form does not offer, the choice starts empty', () => {
    expect(handValuesFromView(readRecordView({ source: 'api' })).source).toBe('');
  });
});
