// Console steps shared by the journeys (Finnish UI), plus demo-data look-ups.
import { expect, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { Database, E2E_DB, totpCode, type Handler } from './staff';

export interface DemoCustomer {
  email: string;
  firstName: string;
  lastName: string;
  streetAddress: string;
  invoiceNumbers: string[];
  serviceNames: string[];
}

/**
 * A seeded demo customer with orders and invoices whose email no portal
 * account uses yet, so each journey acts for a person nobody else touched.
 */
export function pickDemoCustomer(): DemoCustomer {
  const db = new Database(E2E_DB, { readonly: true });
  try {
    const customer = db
      .prepare(
        `SELECT c.id, c.email, c.firstName, c.lastName, c.streetAddress FROM Customer c
         WHERE c.anonymizedAt IS NULL AND c.email IS NOT NULL
           AND EXISTS (SELECT 1 FROM Invoice i WHERE i.customerId = c.id)
           AND EXISTS (SELECT 1 FROM ServiceOrder o WHERE o.customerId = c.id)
           AND NOT EXISTS (SELECT 1 FROM Account a WHERE lower(a.email) = lower(c.email))
         ORDER BY random() LIMIT 1`,
      )
      .get() as
      | { id: string; email: string; firstName: string; lastName: string; streetAddress: string }
      | undefined;
    if (!customer) throw new Error('No unused demo customer left');
    const invoices = db
      .prepare('SELECT number FROM Invoice WHERE customerId = ?')
      .all(customer.id) as Array<{ number: string }>;
    const orders = db
      .prepare('SELECT serviceName FROM ServiceOrder WHERE customerId = ?')
      .all(customer.id) as Array<{ serviceName: string }>;
    return {
      ...customer,
      invoiceNumbers: invoices.map((i) => i.number),
      serviceNames: orders.map((o) => o.serviceName),
    };
  } finally {
    db.close();
  }
}

/** Signs the handler in through the console form with password and a TOTP code. */
export async function signInToConsole(page: Page, handler: Handler, now?: Date): Promise<void> {
  await page.goto('/console/sign-in');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Henkilöstön kirjautuminen' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Sähköposti').fill(handler.email);
  await page.getByLabel('Salasana').fill(handler.password);
  await page.getByLabel('Todennuskoodi').fill(totpCode(handler.totpSecret, now));
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pyyntöjen jono' })).toBeVisible();
}

/** Finds the request in the queue by its reference and opens it. */
export async function openFromQueue(page: Page, reference: string): Promise<void> {
  await page.goto('/console');
  await page.getByLabel('Haku').fill(reference);
  await page.getByRole('button', { name: 'Näytä' }).click();
  await page.getByRole('link', { name: reference }).click();
  await expect(page).toHaveURL(/\/console\/requests\//);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}
