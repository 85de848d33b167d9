// Journey 2 (Art. 16), in Swedish and in English: the person asks to correct
// their street address and writes to the handler; the handler answers in the
// console, applies the confirmed diff, sees the new address in the registers
// and completes the request; the person is told by email and in the portal.
import { expectNoAxeViolations } from '../support/axe';
import {
  completeWithLetter,
  confirmRecordsByEmail,
  openFromQueue,
  pickDemoCustomer,
  searchRegisters,
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

const languages = [
  {
    locale: 'sv',
    field: 'Vilken uppgift?',
    streetAddress: 'Gatuadress',
    correct: 'Korrekt uppgift',
    toHandler: 'Jag flyttade i höstas.',
    fromHandler: 'Tack, vi rättar adressen i båda registren.',
    newMessageMail: /Nytt meddelande om din begäran/,
    completedMail: /har behandlats/,
    corrected: 'Vi rättade dina uppgifter i registret.',
  },
  {
    locale: 'en',
    field: 'Which detail?',
    streetAddress: 'Street address',
    correct: 'What it should say',
    toHandler: 'I moved last autumn.',
    fromHandler: 'Thank you, we are correcting the address in both registers.',
    newMessageMail: /New message about your request/,
    completedMail: /has been completed/,
    corrected: 'We corrected your details in the register.',
  },
] as const;

for (const lang of languages) {
  test.describe(`rectification in ${lang.locale}`, () => {
    const t = portalText[lang.locale];
    test.use({ locale: t.browserLocale });
    test.setTimeout(180_000);

    test(`when a person in ${lang.locale} asks to correct their address, the register shows the new one and they are told`, async ({
      subject,
      staff,
      mailbox,
    }) => {
      const customer = pickDemoCustomer({ marketingChannel: 'email' });
      const newAddress = `Uusikatu ${Math.floor(Math.random() * 900) + 100} B 7`;

      await signUp(
        subject,
        customer.email,
        `${customer.firstName} ${customer.lastName}`,
        lang.locale,
      );
      const reference = await submitRequest(
        subject,
        lang.locale,
        'rectification',
        customer.email,
        async (page) => {
          await chooseAllRegisters(page, lang.locale);
          await page.getByLabel(lang.field).selectOption({ label: lang.streetAddress });
          await page.getByLabel(lang.correct).fill(newAddress);
        },
      );

      // The person writes to the handler from the portal.
      await openOwnRequest(subject, reference);
      await expectNoAxeViolations(subject);
      await subject.getByLabel(t.messageBody, { exact: true }).fill(lang.toHandler);
      await subject.getByRole('button', { name: t.sendMessage }).click();
      await expect(subject.getByText(t.messageSent)).toBeVisible();

      await openFromQueue(staff, reference);
      await expect(staff.getByText(lang.toHandler)).toBeVisible();
      await startAndRecordIdentityCheck(staff);
      await confirmRecordsByEmail(staff, customer.email);

      // The handler answers; the person is emailed and reads it in the portal.
      const since = mailbox.mark();
      const writeForm = staff
        .locator('form')
        .filter({ has: staff.getByRole('heading', { name: 'Kirjoita rekisteröidylle' }) });
      await writeForm.getByLabel('Viesti', { exact: true }).fill(lang.fromHandler);
      await writeForm.getByRole('button', { name: 'Lähetä viesti' }).click();
      await expect(staff.getByText('Viesti lähetetty.')).toBeVisible();
      await mailbox.waitFor(customer.email, lang.newMessageMail, { since });
      await subject.reload();
      await expect(subject.getByText(lang.fromHandler)).toBeVisible();
      await expectNoAxeViolations(subject);

      // Art. 16: the diff of the confirmed records, applied as previewed.
      const action = staff.getByRole('region', { name: 'Tietojen oikaisu' });
      await action.getByRole('button', { name: 'Esikatsele' }).click();
      const diff = action.getByRole('table', { name: 'Muutokset kentittäin' });
      await expect(diff).toBeVisible();
      const rows = diff
        .getByRole('row')
        .filter({ has: staff.getByRole('rowheader', { name: 'Katuosoite' }) });
      await expect(rows.first()).toBeVisible();
      for (const row of await rows.all()) {
        await expect(row.getByRole('textbox')).toHaveValue(newAddress);
        await expect(row.getByRole('checkbox')).toBeChecked();
      }
      await expectNoAxeViolations(staff);
      await action.getByRole('button', { name: /^Tee \d+ muutos/ }).click();
      await expect(action.getByText(/\d+ muutos(ta)? tehty\./)).toBeVisible();

      // The register now holds the new address.
      const results = await searchRegisters(staff, customer.email);
      await expect(results.getByText(newAddress).first()).toBeVisible();
      await expect(results.getByText(customer.streetAddress, { exact: true })).toHaveCount(0);
      await expectNoAxeViolations(staff);

      const since2 = mailbox.mark();
      await completeWithLetter(staff, new RegExp(lang.corrected));
      await mailbox.waitFor(customer.email, lang.completedMail, { since: since2 });

      await openOwnRequest(subject, reference);
      await expect(subject.getByRole('heading', { level: 2, name: t.resultHeading })).toBeVisible();
      await expect(subject.getByText(lang.corrected)).toBeVisible();
      await expectNoAxeViolations(subject);
    });
  });
}
