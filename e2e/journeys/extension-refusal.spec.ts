// Journey 6 (Art. 12(3)–(5)): one person, in English, is told why the deadline
// of their request is extended; another, in Finnish, gets a refusal with the
// reasons and the route to the Data Protection Ombudsman, and withdraws a
// second request of theirs in the portal.
import { expectNoAxeViolations } from '../support/axe';
import { openFromQueue, pickDemoCustomer, readConsoleRequest } from '../support/console';
import { expect, test } from '../support/fixtures';
import {
  chooseAllRegisters,
  openOwnRequest,
  portalText,
  signUp,
  submitRequest,
  uniqueEmail,
} from '../support/portal';

// Two requests end to end (each with axe checks): longer than the other journeys.
test.setTimeout(300_000);

test('when the handler extends a request in en and refuses one in fi, each person is told why by email and in the portal', async ({
  staff,
  openPortal,
  mailbox,
}) => {
  // Extension, in English (Art. 12(3)): once, within the first month, with reasons.
  const en = portalText.en;
  const customer = pickDemoCustomer();
  const person = await openPortal(en.browserLocale);
  await signUp(person, customer.email, `${customer.firstName} ${customer.lastName}`, 'en');
  const extendedRef = await submitRequest(person, 'en', 'access', customer.email, (page) =>
    chooseAllRegisters(page, 'en'),
  );
  await openFromQueue(staff, extendedRef);
  await staff.getByRole('button', { name: 'Aloita käsittely' }).click();
  const before = await readConsoleRequest(staff);
  const extension = staff.getByRole('region', { name: 'Määräajan pidentäminen' });
  await extension.getByRole('button', { name: 'Esikatsele' }).click();
  const reasons =
    'Your data is spread over ten years of service orders in two systems, which takes longer to collect.';
  await extension.getByLabel('Perustelut rekisteröidylle').fill(reasons);
  await expectNoAxeViolations(staff);
  await extension.getByRole('button', { name: 'Pidennä määräaikaa' }).click();
  await expect(extension.getByText('Määräaikaa pidennetty.')).toBeVisible();
  await expect(
    extension.getByText('Määräaikaa on jo pidennetty. Sen voi pidentää vain kerran.'),
  ).toBeVisible();
  const after = await readConsoleRequest(staff);
  expect(after.deadline.isExtended).toBe(true);
  expect(after.deadline.effectiveDueDate > before.deadline.effectiveDueDate).toBe(true);
  const extendedMail = await mailbox.waitFor(
    customer.email,
    new RegExp(`The time to answer your request ${extendedRef} has been extended`),
  );
  expect(extendedMail.text).toContain(reasons);
  await openOwnRequest(person, extendedRef);
  await expect(person.getByText(/^The deadline has been extended\./)).toBeVisible();
  await expect(person.getByText(`Reason for the extension: ${reasons}`)).toBeVisible();
  await expect(person.getByText('The deadline for the answer was extended').first()).toBeVisible();
  await expectNoAxeViolations(person);

  // Refusal, in Finnish (Art. 12(4)–(5)): reasons and the complaint route.
  const fi = portalText.fi;
  const email = uniqueEmail('perusteeton');
  const other = await openPortal(fi.browserLocale);
  await signUp(other, email, 'Testi Toistuva', 'fi');
  const refusedRef = await submitRequest(other, 'fi', 'erasure', email, (page) =>
    chooseAllRegisters(page, 'fi'),
  );
  await openFromQueue(staff, refusedRef);
  await staff.getByRole('button', { name: 'Aloita käsittely' }).click();
  const refusal = staff.getByRole('region', { name: 'Pyynnön hylkääminen' });
  await refusal.getByRole('radio', { name: 'Pyyntö on ilmeisen perusteeton' }).check();
  await refusal.getByRole('button', { name: 'Laadi kirjeluonnos' }).click();
  const letter = refusal.getByLabel('Perustelut rekisteröidylle');
  await expect(letter).not.toHaveValue('');
  const reason =
    'Rekistereissämme ei ole sinusta tietoja, ja sama pyyntö on tehty jo kymmenen kertaa.';
  await letter.fill(reason);
  await expectNoAxeViolations(staff);
  await refusal.getByRole('button', { name: 'Hylkää pyyntö' }).click();
  await expect(staff.getByRole('heading', { level: 3, name: 'Lähetetty hylkäys' })).toBeVisible();
  const refusalMail = await mailbox.waitFor(email, new RegExp(`Päätös pyyntöösi ${refusedRef}`));
  expect(refusalMail.text).toContain(reason);
  expect(refusalMail.text).toMatch(/tietosuojavaltuutet/i);
  await openOwnRequest(other, refusedRef);
  const outcome = other.getByRole('region', { name: fi.refusedHeading });
  await expect(outcome).toContainText(reason);
  await expect(outcome.getByRole('link', { name: 'Lue, miten valitus tehdään' })).toBeVisible();
  await expectNoAxeViolations(other);

  // The same person withdraws a portability request they no longer need.
  const withdrawnRef = await submitRequest(other, 'fi', 'portability', email, (page) =>
    chooseAllRegisters(page, 'fi'),
  );
  await openOwnRequest(other, withdrawnRef);
  await other.getByRole('button', { name: fi.withdraw }).click();
  await other.getByLabel(fi.withdrawReason).fill('Tein pyynnön vahingossa.');
  await expectNoAxeViolations(other);
  await other.getByRole('button', { name: fi.withdrawConfirm }).click();
  await expect(other.getByText(fi.withdrawn)).toBeVisible();
  await expect(other.getByRole('button', { name: fi.withdraw })).toHaveCount(0);
  await expectNoAxeViolations(other);
  await staff.goto('/console');
  await staff.getByLabel('Haku').fill(withdrawnRef);
  await staff.getByRole('button', { name: 'Näytä' }).click();
  // A withdrawn request leaves the queue of open work.
  await expect(staff.getByText('Ei pyyntöjä näillä ehdoilla.')).toBeVisible();
});
