// Console steps shared by the journeys (Finnish UI), plus demo-data look-ups.
import { expect, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { Database, E2E_DB, freshTotpCode, type Handler } from './staff';

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
export function pickDemoCustomer(
  options: {
    /** Also a marketing contact (same email) with this channel granted. */
    marketingChannel?: 'email' | 'sms' | 'phone' | 'post';
    /** Has an invoice still under the Accounting Act's retention (a legal hold on erasure). */
    hasHeldInvoice?: boolean;
  } = {},
): DemoCustomer {
  const marketing = options.marketingChannel
    ? `AND EXISTS (SELECT 1 FROM MarketingContact m JOIN MarketingPermission p ON p.contactId = m.id
         WHERE lower(m.email) = lower(c.email) AND p.channel = '${options.marketingChannel}'
           AND p.decision = 'granted')`
    : '';
  // Vouchers are kept six years from the end of the year the financial year ended in.
  const held = options.hasHeldInvoice
    ? `AND EXISTS (SELECT 1 FROM Invoice h WHERE h.customerId = c.id
         AND h.financialYearEnd > datetime('now', '-5 years'))`
    : '';
  const db = new Database(E2E_DB, { readonly: true });
  try {
    const customer = db
      .prepare(
        `SELECT c.id, c.email, c.firstName, c.lastName, c.streetAddress FROM Customer c
         WHERE c.anonymizedAt IS NULL AND c.email IS NOT NULL
           AND EXISTS (SELECT 1 FROM Invoice i WHERE i.customerId = c.id)
           AND EXISTS (SELECT 1 FROM ServiceOrder o WHERE o.customerId = c.id)
           AND NOT EXISTS (SELECT 1 FROM Account a WHERE lower(a.email) = lower(c.email))
           ${marketing} ${held}
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

/** Opens the console's queue (the page is already signed in, e.g. by the `staff` fixture). */
export async function openConsole(page: Page): Promise<void> {
  await page.goto('/console');
  await expect(page.getByRole('heading', { level: 1, name: 'Pyyntöjen jono' })).toBeVisible();
}

/**
 * Signs a CLI-made handler in through the console form with password and a TOTP
 * code: the real sign-in, covered by one journey (the others use the fixtures).
 */
export async function signInToConsole(page: Page, handler: Handler): Promise<void> {
  await page.goto('/console/sign-in');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Henkilöstön kirjautuminen' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Sähköposti').fill(handler.email);
  await page.getByLabel('Salasana').fill(handler.password);
  await page.getByLabel('Todennuskoodi').fill(await freshTotpCode(handler, page.request));
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pyyntöjen jono' })).toBeVisible();
}

/** Finds the request in the queue by its reference and opens it. */
export async function openFromQueue(page: Page, reference: string): Promise<void> {
  await page.goto('/console');
  await page.getByLabel('Haku').fill(reference);
  await page.getByRole('button', { name: 'Näytä' }).click();
  await expect(page.getByRole('link', { name: reference })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: reference }).click();
  await expect(page).toHaveURL(/\/console\/requests\//);
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(reference) })).toBeVisible();
  await expectNoAxeViolations(page);
}

/** Starts work on the opened request and records how identity was checked (EDPB 01/2022 §§65, 73–75). */
export async function startAndRecordIdentityCheck(page: Page): Promise<void> {
  const start = page.getByRole('button', { name: 'Aloita käsittely' });
  await start.click();
  await expect(start).toBeHidden();
  const note = page.getByLabel('Miten henkilöllisyys tarkistettiin');
  await note.fill('Sähköpostiosoite vahvistettu kertakoodilla ja vastaa rekisterin osoitetta.');
  await page.getByRole('button', { name: 'Kirjaa tarkistus' }).click();
  await expect(note).toBeHidden();
}

/** The records panel of the opened request. */
export function recordsPanel(page: Page) {
  return page.getByRole('region', { name: 'Rekisteröidyn tiedot rekistereissä' });
}

/** Searches the registers by email; resolves to the search-result table. */
export async function searchRegisters(page: Page, email: string) {
  const records = recordsPanel(page);
  const search = records.getByRole('search');
  await search.getByLabel(/^Sähköposti/).fill(email);
  await search.getByRole('button', { name: 'Hae' }).click();
  const results = records.getByRole('table', { name: 'Hakutulokset, osuvin ensin' });
  await expect(results).toBeVisible();
  return results;
}

/** Confirms every record the email search finds as the subject's. */
export async function confirmRecordsByEmail(page: Page, email: string): Promise<void> {
  await searchRegisters(page, email);
  const records = recordsPanel(page);
  const choices = records.getByRole('checkbox', { name: /^Valitse / });
  await expect(choices.first()).toBeVisible();
  for (const choice of await choices.all()) await choice.check();
  await records.getByRole('button', { name: /^Vahvista valit/ }).click();
  await expect(page.getByText(/\d+ tietue(tta)? vahvistettu\./)).toBeVisible();
}

/** Drafts the response letter in the subject's language and completes the request. */
export async function completeWithLetter(page: Page, letterMustMatch?: RegExp): Promise<string> {
  const section = page.getByRole('region', { name: 'Pyynnön käsittely valmiiksi' });
  await section.getByRole('button', { name: 'Laadi vastausluonnos' }).click();
  const letter = section.getByLabel('Vastauskirje');
  await expect(letter).not.toHaveValue('');
  const text = await letter.inputValue();
  if (letterMustMatch) expect(text).toMatch(letterMustMatch);
  await expectNoAxeViolations(page);
  await section.getByRole('button', { name: 'Merkitse valmiiksi ja lähetä' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Lähetetty vastaus' })).toBeVisible();
  return text;
}

/** The opened request as the console API returns it (deadline facts the page shows as text). */
export async function readConsoleRequest(page: Page): Promise<{
  id: string;
  status: string;
  deadline: {
    effectiveDueDate: string;
    plainDueDate: string;
    dueDate: string;
    pausedDays: number;
    isExtended: boolean;
  };
}> {
  const id = /\/console\/requests\/([^/?#]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`Not on a request page: ${page.url()}`);
  const res = await page.request.get(`/api/console/requests/${id}`);
  expect(res.ok()).toBe(true);
  return (await res.json()) as Awaited<ReturnType<typeof readConsoleRequest>>;
}

/** Emails in the marketing audience of a channel (the list every marketing use must read). */
export async function marketingAudience(page: Page, channel = 'email'): Promise<string[]> {
  const res = await page.request.get(`/api/console/marketing-audience?channel=${channel}`);
  expect(res.ok()).toBe(true);
  const body = (await res.json()) as { items: Array<{ email: string | null }> };
  return body.items.map((item) => (item.email ?? '').toLowerCase());
}
