// Journey 3 (Art. 17), in Swedish: a customer asks for erasure; the handler
// previews the plan, erases, and the invoices under the Accounting Act's
// retention are kept and restricted (Art. 17(3)(b)); the response tells why.
import { expectNoAxeViolations } from '../support/axe';
import {
  completeWithLetter,
  confirmRecordsByEmail,
  openFromQueue,
  pickDemoCustomer,
  recordsPanel,
  startAndRecordIdentityCheck,
} from '../support/console';
import { expect, test } from '../support/fixtures';
import {
  chooseAllRegisters,
  openOwnRequest,
  portalText,
  signUp,
  submitRequest,
} from '../support/portal';
import { saveElementScreenshot } from '../support/screenshots';
import { Database, E2E_DB } from '../support/staff';

const t = portalText.sv;
test.use({ locale: t.browserLocale });
test.setTimeout(180_000);

test('when a customer in sv asks for erasure, their data goes but the vouchers are kept, restricted and explained', async ({
  subject,
  staff,
  mailbox,
}) => {
  const customer = pickDemoCustomer({ hasHeldInvoice: true });

  await signUp(subject, customer.email, `${customer.firstName} ${customer.lastName}`, 'sv');
  const reference = await submitRequest(subject, 'sv', 'erasure', customer.email, async (page) => {
    await chooseAllRegisters(page, 'sv');
    await page.getByLabel('Skäl till raderingen').fill('Jag är inte längre kund.');
  });

  await openFromQueue(staff, reference);
  await startAndRecordIdentityCheck(staff);
  await confirmRecordsByEmail(staff, customer.email);

  // The plan names the vouchers kept under the Accounting Act before anything happens.
  const action = staff.getByRole('region', { name: 'Tietojen poisto' });
  await action.getByRole('button', { name: 'Esikatsele' }).click();
  const holds = action.getByRole('table', {
    name: 'Säilytettävät tositteet (kirjanpitolaki 2:10)',
  });
  await expect(holds).toBeVisible();
  const heldNumbers = (await holds.getByRole('rowheader').allInnerTexts()).map((n) => n.trim());
  expect(heldNumbers.length).toBeGreaterThan(0);
  for (const number of heldNumbers) expect(customer.invoiceNumbers).toContain(number);
  await expectNoAxeViolations(staff);
  await saveElementScreenshot(action, 'console-erasure-plan');
  await action
    .getByLabel('Olen tarkistanut suunnitelman. Ymmärrän, ettei poistoa voi perua.')
    .check();
  await action.getByRole('button', { name: 'Poista tiedot' }).click();
  const done = action.getByRole('status').filter({ hasText: 'Tiedot poistettu.' });
  await expect(done).toBeVisible();
  // The explanation names the legal ground for what was kept.
  await expect(done).toContainText('17 art. 3 b');
  // The confirmed records no longer name the person.
  const confirmed = recordsPanel(staff).getByRole('table', { name: 'Vahvistetut tietueet' });
  await expect(confirmed).toBeVisible();
  await expect(confirmed).not.toContainText(customer.lastName);
  await expectNoAxeViolations(staff);

  // In the registers: the customer is anonymised, only the held vouchers remain,
  // each restricted on the legal-hold ground.
  const db = new Database(E2E_DB, { readonly: true });
  try {
    const left = db
      .prepare(
        `SELECT i.number, r.ground FROM Invoice i
         LEFT JOIN Restriction r ON r.recordType = 'invoice' AND r.recordId = i.id AND r.liftedAt IS NULL
         WHERE i.number IN (${customer.invoiceNumbers.map(() => '?').join(',')})`,
      )
      .all(...customer.invoiceNumbers) as Array<{ number: string; ground: string | null }>;
    expect(left.map((row) => row.number).sort()).toEqual([...heldNumbers].sort());
    for (const row of left) expect(row.ground).toBe('legal_hold_17_3_b');
    const remaining = db
      .prepare('SELECT COUNT(*) AS n FROM Customer WHERE lower(email) = lower(?)')
      .get(customer.email) as { n: number };
    expect(remaining.n).toBe(0);
  } finally {
    db.close();
  }

  const since = mailbox.mark();
  await completeWithLetter(staff, /verifikat/);
  await mailbox.waitFor(customer.email, new RegExp(`${reference} har behandlats`), { since });

  await openOwnRequest(subject, reference);
  const answer = subject.getByRole('region', { name: t.resultHeading });
  await expect(answer).toBeVisible();
  await expect(answer).toContainText('verifikat');
  // The timeline names what was done, in the person's language (issue #15).
  await expect(subject.getByText('Dina uppgifter raderades').first()).toBeVisible();
  await expectNoAxeViolations(subject);
});
