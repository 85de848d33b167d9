// Journey 4 (Art. 18 then Art. 21(2)–(3)), in Finnish: a person contests the
// accuracy of their data; the restriction takes them off the marketing list
// (Art. 18(2)); once the data is checked, they are told before it is lifted
// (Art. 18(3)). They then object to direct marketing, and leave the list the
// moment the request is sent, before any handler acts; the acknowledgement
// says what was recorded. Last they object to processing based on legitimate
// interests (Art. 21(1)): the handler assesses it, finds no overriding grounds
// and answers with reasons, and the records are only stored from then on.
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import {
  completeWithLetter,
  confirmRecordsByEmail,
  marketingAudience,
  openFromQueue,
  pickDemoCustomer,
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
import { saveScreenshot } from '../support/screenshots';

const t = portalText.fi;
test.use({ locale: t.browserLocale });
// Two requests end to end (each with axe checks): longer than the other journeys.
test.setTimeout(300_000);

async function expectInAudience(staff: Page, email: string, isIn: boolean): Promise<void> {
  const audience = await marketingAudience(staff, 'email');
  expect(audience.includes(email.toLowerCase()), `${email} in the email audience`).toBe(isIn);
}

test('when a person restricts processing and then objects to marketing, they leave the marketing list at once', async ({
  subject,
  staff,
  mailbox,
}) => {
  const customer = pickDemoCustomer({ marketingChannel: 'email' });

  await expectInAudience(staff, customer.email, true);

  // Art. 18(1)(a): accuracy contested.
  await signUp(subject, customer.email, `${customer.firstName} ${customer.lastName}`, 'fi');
  const restrictionRef = await submitRequest(
    subject,
    'fi',
    'restriction',
    customer.email,
    async (page) => {
      await chooseAllRegisters(page, 'fi');
      await page.getByRole('radio', { name: 'Tietoni ovat mielestäni virheellisiä' }).check();
      await page.getByLabel('Perustelut').fill('Yrityksen nimi on väärin.');
    },
  );

  await openFromQueue(staff, restrictionRef);
  await startAndRecordIdentityCheck(staff);
  await confirmRecordsByEmail(staff, customer.email);
  const restriction = staff.getByRole('region', { name: 'Käsittelyn rajoittaminen' });
  await expect(
    restriction.getByRole('radio', { name: 'Tietojen paikkansapitävyys kiistetty (18 art. 1 a)' }),
  ).toBeChecked();
  await restriction.getByRole('button', { name: 'Esikatsele' }).click();
  await restriction.getByLabel('Perustelu').fill('Paikkansapitävyys tarkistetaan.');
  await expectNoAxeViolations(staff);
  await restriction.getByRole('button', { name: 'Rajoita käsittelyä' }).click();
  const applied = restriction.getByText(/\d+ rajoitus(ta)? asetettu\./);
  await expect(applied).toBeVisible();
  const count = Number.parseInt(await applied.innerText(), 10);
  expect(count).toBeGreaterThan(0);
  // Art. 18(2): restricted data is only stored, so not marketed to.
  await expectInAudience(staff, customer.email, false);

  // The data proved accurate: the person is told first (Art. 18(3)), then it is lifted.
  const since = mailbox.mark();
  const inform = restriction.getByRole('button', { name: 'Lähetä ilmoitus' });
  const lift = restriction.getByRole('button', { name: 'Poista rajoitus' });
  await expect(inform).toHaveCount(count);
  for (let informed = 1; informed <= count; informed += 1) {
    // Each restriction in force has its own notice form; the first label and button are one form's.
    await restriction
      .getByLabel('Viesti rekisteröidylle')
      .first()
      .fill('Tiedot tarkistettiin ja ne ovat oikein.');
    await inform.first().click();
    await expect(lift).toHaveCount(informed);
  }
  await mailbox.waitFor(customer.email, new RegExp(restrictionRef), { since });
  while ((await lift.count()) > 0) {
    const before = await lift.count();
    await lift.first().click();
    await expect(lift).toHaveCount(before - 1);
  }
  await expect(restriction.getByText('Ei voimassa olevia rajoituksia.')).toBeVisible();
  await expectNoAxeViolations(staff);
  await expectInAudience(staff, customer.email, true);
  await completeWithLetter(staff, /Rajoitimme tietojesi käsittelyä/);

  // Art. 21(3): the objection takes effect when it is sent.
  const objectionRef = await submitRequest(
    subject,
    'fi',
    'objection',
    customer.email,
    async (page) => {
      const channels = page.getByRole('group', { name: 'Missä kanavissa et halua markkinointia?' });
      for (const box of await channels.getByRole('checkbox').all()) await box.check();
    },
  );
  // The acknowledgement says what was recorded, not merely that marketing stopped (issue #17).
  await expect(subject.getByText('Suoramarkkinointi on lopetettu')).toBeVisible();
  await expect(
    subject.getByText(/lisättiin markkinoinnin estolistalle näiden kanavien osalta/),
  ).toBeVisible();
  await expectInAudience(staff, customer.email, false);

  await openFromQueue(staff, objectionRef);
  await startAndRecordIdentityCheck(staff);
  await confirmRecordsByEmail(staff, customer.email);
  const objection = staff.getByRole('region', { name: 'Suoramarkkinoinnin kielto' });
  await objection.getByRole('button', { name: 'Esikatsele' }).click();
  const permissions = objection.getByRole('table', { name: 'Markkinointiluvat kanavittain' });
  await expect(permissions).toBeVisible();
  await expect(permissions.getByText('sallittu')).toHaveCount(0);
  await expectNoAxeViolations(staff);
  await objection.getByRole('button', { name: 'Kiellä markkinointi' }).click();
  await expect(objection.getByText('Markkinointikielto kirjattu.')).toBeVisible();
  await completeWithLetter(staff, /suoramarkkinoinnin/);
  await expectInAudience(staff, customer.email, false);
  await mailbox.waitFor(customer.email, new RegExp(`${objectionRef} on käsitelty`));

  // The person sees the answer, and the marketing stop on the timeline.
  await openOwnRequest(subject, objectionRef);
  await expect(subject.getByRole('region', { name: t.resultHeading })).toContainText(
    'suoramarkkinoinnin',
  );
  await expect(subject.getByText('Suoramarkkinointi sinulle kiellettiin').first()).toBeVisible();
  await expectNoAxeViolations(subject);
  await saveScreenshot(subject, 'portal-request-detail');

  // Art. 21(1): an objection to processing on legitimate interests, with the person's grounds.
  const interestsRef = await submitRequest(
    subject,
    'fi',
    'objection',
    customer.email,
    async (page) => {
      await page
        .getByRole('radio', {
          name: 'Muuta tietojeni käsittelyä, joka perustuu oikeutettuun etuumme',
        })
        .check();
      await page
        .getByLabel('Miksi vastustat käsittelyä?')
        .fill(
          'Yritykseni on lopettanut toimintansa, enkä halua tietojani käytettävän asiakasviestintään.',
        );
    },
  );
  await expect(subject.getByText('Arvioimme vastustuksesi')).toBeVisible();

  await openFromQueue(staff, interestsRef);
  await startAndRecordIdentityCheck(staff);
  await confirmRecordsByEmail(staff, customer.email);
  const assessment = staff.getByRole('region', { name: 'Vastustamisen arviointi' });
  await expect(
    staff.getByText('Yritykseni on lopettanut toimintansa', { exact: false }).first(),
  ).toBeVisible();
  await assessment
    .getByRole('radio', { name: 'Pakottavia perusteita ei ole: käsittely lopetetaan' })
    .check();
  await assessment
    .getByLabel('Perustelut rekisteröidylle')
    .fill('Asiakasviestintä perustuu oikeutettuun etuumme, joka ei ole sinun etujasi painavampi.');
  await expectNoAxeViolations(staff);
  await assessment.getByRole('button', { name: 'Kirjaa arvio ja vastaa' }).click();
  await expect(assessment.getByText(/Arvio on kirjattu: käsittely lopetettiin/)).toBeVisible();
  await expect(
    staff
      .getByRole('region', { name: 'Käsittelyn rajoittaminen' })
      .getByText('Vastustaminen hyväksytty, käsittely lopetettu (21 art. 1)')
      .first(),
  ).toBeVisible();
  await expectInAudience(staff, customer.email, false);
  await completeWithLetter(staff);

  await openOwnRequest(subject, interestsRef);
  await expect(
    subject.getByText(/lopetimme tietojesi käsittelyn oikeutetun edun perusteella/),
  ).toBeVisible();
  await expect(
    subject.getByText('Vastustuksesi arvioitiin, ja sinulle vastattiin perusteluineen').first(),
  ).toBeVisible();
  await expectNoAxeViolations(subject);
});
