import { describe, expect, it } from 'vitest';
import { readRecordView, recordName } from './record-view';

// As the history answer carries a record: the database row, JSON-encoded.
const customerRow = {
  id: '0b6c7c1e-5d1a-4f7e-9a55-111111111111',
  externalId: null,
  firstName: 'Maija',
  lastName: 'Meikäläinen',
  company: null,
  email: 'maija@example.fi',
  phone: '',
  country: 'FI',
  relationshipStartedOn: '2025-04-03T00:00:00.000Z',
  relationshipEndedOn: null,
  source: 'phone',
  sourceDetail: 'Puhelu',
  secretColumnTheConsoleDoesNotShow: 'x',
  orders: [{ id: 'o1' }, { id: 'o2' }],
  invoices: [],
  marketingContacts: [{ id: 'c1', externalId: null }, 'not a row'],
};

describe('readRecordView', () => {
  it('when a customer row arrives, its dates become days and blank text becomes null', () => {
    const view = readRecordView(customerRow);
    expect(view.relationshipStartedOn).toBe('2025-04-03');
    expect(view.relationshipEndedOn).toBeNull();
    expect(view.phone).toBeNull();
    expect(view.externalId).toBeNull();
    expect([view.orderCount, view.invoiceCount]).toEqual([2, 0]);
    expect(view.marketingContactIds).toEqual(['c1']);
    expect(recordName(view)).toBe('Maija Meikäläinen');
  });

  it('when a contact has a linked customer and permissions, they are read and ordered by channel', () => {
    const view = readRecordView({
      firstName: 'Pekka',
      lastName: 'Posti',
      lastActivityOn: '2026-02-01T00:00:00.000Z',
      customerExternalId: 'console-abc',
      customer: { id: 'abc', externalId: null, firstName: 'Pekka', lastName: 'Posti' },
      permissions: [
        {
          channel: 'post',
          decision: 'prohibited',
          decidedAt: '2026-02-20T10:00:00.000Z',
          method: 'letter',
        },
        {
          channel: 'email',
          decision: 'granted',
          decidedAt: '2026-01-01T10:00:00.000Z',
          method: 'web_form',
        },
        { channel: 'fax', decision: 'granted', decidedAt: '2026-01-01T10:00:00.000Z', method: 'x' },
      ],
    });
    expect(view.customer).toEqual({ id: 'abc', name: 'Pekka Posti' });
    expect(view.customerExternalId).toBe('console-abc');
    expect(view.lastActivityOn).toBe('2026-02-01');
    expect(view.permissions.map((p) => [p.channel, p.decision])).toEqual([
      ['email', 'granted'],
      ['post', 'prohibited'],
    ]);
    expect(view.orderCount).toBeNull();
  });

  it('when fields are missing or of the wrong type, they read as empty rather than throwing', () => {
    const view = readRecordView({ firstName: 42, permissions: 'none', customer: 'abc' });
    expect(view.firstName).toBe('');
    expect(view.permissions).toEqual([]);
    expect(view.customer).toBeNull();
    expect(recordName(view)).toBe('');
  });
});
