// Journey 5 (Art. 12(6)), in Swedish: the handler has reasonable doubt and asks
// for more information; the deadline pauses; a week later (the app's clock
// moved) the person answers in the portal with text and a small attachment,
// and the deadline has moved by the paused days.
import { expectNoAxeViolations } from '../support/axe';
import { openFromQueue, pickDemoCustomer, readConsoleRequest } from '../support/console';
import { expect, signInAsStaff, test } from '../support/fixtures';
import {
  chooseAllRegisters,
  openOwnRequest,
  portalText,
  signIn,
  signUp,
  submitRequest,
} from '../support/portal';

const t = portalText.sv;
const DAY = 24 * 60 * 60 * 1000;
const PAUSED_DAYS = 7;
// A 1×1 transparent PNG: the server checks an attachment's type by its content.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

test.use({ locale: t.browserLocale });
test.setTimeout(180_000);

test('when the handler asks a person in sv for more information, the deadline moves by the days it waited', async ({
  subject,
  staff,
  handler,
  appClock,
  mailbox,
}) => {
  const customer = pickDemoCustomer();

  await signUp(subject, customer.email, `${customer.firstName} ${customer.lastName}`, 'sv');
  const reference = await submitRequest(subject, 'sv', 'access', customer.email, (page) =>
    chooseAllRegisters(page, 'sv'),
  );

  await openFromQueue(staff, reference);
  await staff.getByRole('button', { name: 'Aloita käsittely' }).click();
  const before = await readConsoleRequest(staff);
  const question = 'Vilken adress hade du på din senaste faktura?';
  await staff.getByLabel('Kysymys rekisteröidylle').fill(question);
  await staff.getByRole('button', { name: 'Lähetä kysymys' }).click();
  await expect(
    staff.getByText(
      'Odotetaan rekisteröidyn vastausta henkilöllisyyttä koskevaan kysymykseen. Määräaika on keskeytetty.',
    ),
  ).toBeVisible();
  await expectNoAxeViolations(staff);
  await mailbox.waitFor(
    customer.email,
    new RegExp(`Mer information behövs för din begäran ${reference}`),
  );

  // A week passes before the person answers; both sessions have expired by then.
  const later = new Date(Date.now() + PAUSED_DAYS * DAY);
  await appClock.set(later);
  await signIn(subject, customer.email, 'sv');
  await openOwnRequest(subject, reference);
  const identity = subject.getByRole('region', { name: t.identityHeading });
  await expect(identity).toBeVisible();
  await expect(subject.getByText(question)).toBeVisible();
  await expectNoAxeViolations(subject);
  await identity.getByLabel(t.identityAnswer).fill(`${customer.streetAddress}, se bifogat kvitto.`);
  await identity.getByLabel(t.file).setInputFiles({
    name: 'kvitto.png',
    mimeType: 'image/png',
    buffer: png,
  });
  await identity.getByRole('button', { name: t.identitySubmit }).click();
  await expect(subject.getByText(t.identitySent)).toBeVisible();
  await expect(identity).toBeHidden();
  await expect(
    subject.getByText(`Tidsfristen flyttades ${PAUSED_DAYS} dagar på grund av pausen.`),
  ).toBeVisible();
  await expectNoAxeViolations(subject);

  // The handler sees the answer and its attachment, and the moved deadline.
  await signInAsStaff(staff, handler);
  await openFromQueue(staff, reference);
  await expect(staff.getByText('Vastaus henkilöllisyyskysymykseen').first()).toBeVisible();
  await expect(staff.getByText('kvitto.png')).toBeVisible();
  await expect(
    staff.getByText(`Määräaika siirtynyt yhteensä ${PAUSED_DAYS} päivällä.`),
  ).toBeVisible();
  const after = await readConsoleRequest(staff);
  expect(after.deadline.pausedDays).toBe(PAUSED_DAYS);
  // The paused days are added to the one-month date, and the result moves to the
  // next working day if it falls on a weekend or holiday (Reg. 1182/71 Art. 3(4)).
  const paused = Date.parse(before.deadline.plainDueDate) + PAUSED_DAYS * DAY;
  const shift = (Date.parse(after.deadline.dueDate) - paused) / DAY;
  expect(shift).toBeGreaterThanOrEqual(0);
  expect(shift).toBeLessThanOrEqual(4);
  await expectNoAxeViolations(staff);

  const note = staff.getByLabel('Miten henkilöllisyys tarkistettiin');
  await note.fill('Osoite vastaa viimeisimmän laskun osoitetta.');
  await staff.getByRole('button', { name: 'Kirjaa tarkistus' }).click();
  await expect(note).toBeHidden();
});
