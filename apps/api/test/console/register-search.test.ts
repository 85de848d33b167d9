import type { RegisterSearchResponse } from '@oikeus/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createCustomer,
  createInvoice,
  createMarketingContact,
  createServiceOrder,
  uniqueTag,
} from '../support/console-factories';
import { callConsole, signInStaff, type SignedInStaff } from '../support/console-sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

const NOW = new Date('2026-03-02T09:00:00Z');

describe.each(testProviders)('register search on %s', (provider) => {
  let app: TestApp;
  let handler: SignedInStaff;
  beforeAll(async () => {
    app = await startTestApp(provider, { now: NOW });
    handler = await signInStaff(app, 'handler');
  });
  afterAll(() => app.close());

  const search = async (query: Record<string, string>) => {
    const res = await callConsole<RegisterSearchResponse>(
      app,
      'GET',
      `/api/console/register-search?${new URLSearchParams(query).toString()}`,
      { cookie: handler.cookie },
    );
    expect(res.status).toBe(200);
    return res.body;
  };

  it('when the phone is written in another format than stored, the records are found by the number', async () => {
    // A unique subscriber number per run, written five ways.
    const digits = String(Date.now() % 10_000_000).padStart(7, '0');
    const local = `050 ${digits.slice(0, 3)} ${digits.slice(3)}`;
    const customer = await createCustomer(app, { phone: `+358 50 ${digits}`, email: null });
    const contact = await createMarketingContact(app, {
      phone: `(050) ${digits.slice(0, 3)}-${digits.slice(3)}`,
      email: null,
    });
    const other = await createCustomer(app, { phone: `+358 40 ${digits}`, email: null });
    for (const phone of [local, `050${digits}`, `00358 50 ${digits}`, `+35850${digits}`]) {
      const found = await search({ phone });
      const ids = found.items.map((i) => i.id);
      expect(ids).toContain(customer.id);
      expect(ids).toContain(contact.id);
      expect(ids).not.toContain(other.id);
      expect(found.items.find((i) => i.id === customer.id)?.reasons).toEqual(['phone']);
    }
  });

  it('when searching by name in any letter case, both registers are searched and the order and invoice counts are the customer’s own', async () => {
    const tag = uniqueTag().replace(/[^a-z0-9]/gi, '');
    const lastName = `Äijälä${tag}`;
    const customer = await createCustomer(app, { firstName: 'Öljy-Pekka', lastName });
    await createServiceOrder(app, customer.id);
    await createInvoice(app, customer.id, '2024-12-31');
    await createInvoice(app, customer.id, '2025-12-31');
    const contact = await createMarketingContact(app, { firstName: 'Öljy-Pekka', lastName });
    const namesake = await createCustomer(app, { firstName: 'Liisa', lastName });
    const found = await search({ name: `ÖLJY-PEKKA ${lastName.toLowerCase()}` });
    const ids = found.items.map((i) => i.id);
    expect(ids).toContain(customer.id);
    expect(ids).toContain(contact.id);
    expect(ids).not.toContain(namesake.id);
    expect(found.items.find((i) => i.id === customer.id)).toMatchObject({
      orderCount: 1,
      invoiceCount: 2,
      reasons: ['name'],
    });
    expect(found.items.find((i) => i.id === contact.id)).toMatchObject({
      orderCount: null,
      invoiceCount: null,
    });
  });

  it('when a name is given with its first name only or by another prefix, no one else’s record matches', async () => {
    const tag = uniqueTag().replace(/[^a-z0-9]/gi, '');
    const customer = await createCustomer(app, { firstName: 'Sanna', lastName: `Kivi${tag}` });
    expect((await search({ name: 'Sanna' })).items.map((i) => i.id)).not.toContain(customer.id);
    const found = await search({ name: `sanna kivi${tag}` });
    expect(found.items.map((i) => i.id)).toContain(customer.id);
  });
});
