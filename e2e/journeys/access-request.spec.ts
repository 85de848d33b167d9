// Journey 1 (Art. 15): a customer signs up, asks for their data, the handler
// verifies identity, confirms records, compiles and releases the export, and the
// person downloads a zip whose data.json names their orders and invoices; the
// handler then completes the request with a response letter.
import { readFile } from 'node:fs/promises';
import { unzipSync, strFromU8 } from 'fflate';
import { expectNoAxeViolations } from '../support/axe';
import {
  completeWithLetter,
  openConsole,
  openFromQueue,
  pickDemoCustomer,
} from '../support/console';
import { expect, test } from '../support/fixtures';
import { signUp } from '../support/portal';
import { saveScreenshot } from '../support/screenshots';

test.use({ locale: 'fi-FI' });
test.setTimeout(180_000);

test('when a customer asks for their data, they download an export naming their orders and invoices', async ({
  subject,
  staff,
  mailbox,
}) => {
  const customer = pickDemoCustomer();

  await signUp(subject, customer.email, `${customer.firstName} ${customer.lastName}`);
  await expectNoAxeViolations(subject);

  await subject.goto('/requests/new/access');
  await subject.getByRole('checkbox', { name: /Asiakasrekisteri/ }).check();
  await subject.getByRole('checkbox', { name: /Markkinointi- ja viestintärekisteri/ }).check();
  await expectNoAxeViolations(subject);
  await subject.getByRole('button', { name: 'Lähetä pyyntö' }).click();
  await expect(
    subject.getByRole('heading', { level: 1, name: 'Pyyntösi on vastaanotettu' }),
  ).toBeVisible();
  await expectNoAxeViolations(subject);
  const reference = (await subject.locator('dd.reference').innerText()).trim();
  expect(reference).not.toBe('');
  await mailbox.waitFor(customer.email, new RegExp(reference));

  await subject.goto('/requests');
  await expect(subject.getByRole('link', { name: new RegExp(reference) })).toBeVisible();
  await expectNoAxeViolations(subject);
  await saveScreenshot(subject, 'portal-my-requests');

  // The handler works the request in the console.
  await openConsole(staff);
  await expectNoAxeViolations(staff);
  await saveScreenshot(staff, 'console-queue');
  await openFromQueue(staff, reference);

  const start = staff.getByRole('button', { name: 'Aloita käsittely' });
  await start.click();
  await expect(start).toBeHidden();
  // EDPB 01/2022 §§65, 73–75: record that a check was done (no ID copy); the
  // form is offered until the check is recorded, then the panel shows when.
  const note = staff.getByLabel('Miten henkilöllisyys tarkistettiin');
  await note.fill(
    'Sähköpostiosoite vahvistettu kertakoodilla ja vastaa asiakasrekisterin osoitetta.',
  );
  await staff.getByRole('button', { name: 'Kirjaa tarkistus' }).click();
  await expect(note).toBeHidden();

  const records = staff.getByRole('region', { name: 'Rekisteröidyn tiedot rekistereissä' });
  const search = records.getByRole('search');
  await search.getByLabel(/^Sähköposti/).fill(customer.email);
  await search.getByRole('button', { name: 'Hae' }).click();
  const choices = records.getByRole('checkbox', { name: /^Valitse / });
  await expect(choices.first()).toBeVisible();
  for (const choice of await choices.all()) await choice.check();
  await records.getByRole('button', { name: /^Vahvista valit/ }).click();
  await expect(staff.getByText(/\d+ tietue(tta)? vahvistettu\./)).toBeVisible();
  await expectNoAxeViolations(staff);
  // Each confirmed record links to its own page with its history (issue #25).
  await expect(
    records
      .getByRole('table', { name: 'Vahvistetut tietueet' })
      .getByRole('link', { name: new RegExp(customer.lastName) })
      .first(),
  ).toHaveAttribute('href', /^\/console\/records\/(customers|marketing-contacts)\/[0-9a-f-]{36}$/);

  await staff.getByRole('button', { name: 'Kokoa tietopaketti' }).click();
  await staff.getByRole('button', { name: 'Julkaise rekisteröidylle' }).click();
  await expect(staff.getByText(/julkaistu/i).first()).toBeVisible();
  await expectNoAxeViolations(staff);
  await saveScreenshot(staff, 'console-request-detail');

  // The person downloads the zip from the portal.
  await subject.goto('/requests');
  await subject.getByRole('link', { name: new RegExp(reference) }).click();
  await expect(subject.getByRole('heading', { level: 2, name: 'Lataa tietosi' })).toBeVisible();
  await expectNoAxeViolations(subject);
  const downloading = subject.waitForEvent('download');
  await subject.getByRole('link', { name: /^Lataa .*\.zip$/ }).click();
  const download = await downloading;
  const files = unzipSync(new Uint8Array(await readFile(await download.path())));
  const dataJson = strFromU8(files['data.json'] ?? new Uint8Array());
  expect(dataJson).not.toBe('');
  for (const number of customer.invoiceNumbers) expect(dataJson).toContain(number);
  for (const service of customer.serviceNames) expect(dataJson).toContain(service);

  // The handler closes the request with a response letter (Art. 12(1), 15(3));
  // the person is told by email and sees it done in the portal.
  const since = mailbox.mark();
  await completeWithLetter(staff);
  await mailbox.waitFor(customer.email, new RegExp(`Pyyntösi ${reference} on käsitelty`), {
    since,
  });
  await subject.reload();
  await expect(subject.getByText('Valmis').first()).toBeVisible();
  await expectNoAxeViolations(subject);
});
