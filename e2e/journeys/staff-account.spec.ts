// A handler's own account in the console (issue #19): they change their name
// and which staff mails they get, and the choices stay; the page passes axe in
// Finnish, Swedish and English. A colleague who forgot their password asks for
// a link from the sign-in page and lands on the set-password page.
import { expectNoAxeViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';

test.use({ locale: 'fi-FI' });

test('when a handler changes their name and mail choices, the console shows them and they stay', async ({
  staff,
  handler,
}) => {
  await staff.goto('/console/account');
  await expect(staff.getByRole('heading', { level: 1, name: 'Oma tili' })).toBeVisible();
  await expectNoAxeViolations(staff);

  const details = staff.getByRole('region', { name: 'Omat tiedot' });
  await expect(details).toContainText(handler.email);
  await details.getByLabel('Nimi').fill('Noora Nimenvaihtaja');
  await details.getByRole('button', { name: 'Tallenna tiedot' }).click();
  await expect(details.getByText('Tiedot tallennettu.')).toBeVisible();
  await expect(staff.getByRole('link', { name: /^Oma tili: Noora Nimenvaihtaja/ })).toBeVisible();

  const mail = staff.getByRole('region', { name: 'Sähköposti-ilmoitukset' });
  await expect(mail.getByText('Et ole vielä valinnut itse')).toBeVisible();
  const newRequests = mail.getByRole('group', { name: /^Uudet pyynnöt/ });
  await expect(
    newRequests.getByRole('radio', { name: 'Vain minulle osoitetuista pyynnöistä' }),
  ).toBeChecked();
  await newRequests.getByRole('radio', { name: /^Minulle osoitetuista pyynnöistä ja/ }).check();
  await mail
    .getByRole('group', { name: /^Määräaikamuistutukset/ })
    .getByRole('radio', { name: 'Ei sähköpostia' })
    .check();
  await mail.getByRole('checkbox', { name: 'Lähetä minulle päivittäinen katsaus' }).check();
  await mail.getByRole('button', { name: 'Tallenna valinnat' }).click();
  await expect(mail.getByText('Valinnat tallennettu.')).toBeVisible();
  await expectNoAxeViolations(staff);

  // Saved on the server: a fresh load shows the choices, no longer the defaults.
  await staff.reload();
  const reloaded = staff.getByRole('region', { name: 'Sähköposti-ilmoitukset' });
  await expect(
    reloaded
      .getByRole('group', { name: /^Uudet pyynnöt/ })
      .getByRole('radio', { name: /^Minulle osoitetuista pyynnöistä ja/ }),
  ).toBeChecked();
  await expect(
    reloaded
      .getByRole('group', { name: /^Määräaikamuistutukset/ })
      .getByRole('radio', { name: 'Ei sähköpostia' }),
  ).toBeChecked();
  await expect(reloaded.getByText('Et ole vielä valinnut itse')).toHaveCount(0);
  await expect(staff.getByRole('region', { name: 'Omat tiedot' }).getByLabel('Nimi')).toHaveValue(
    'Noora Nimenvaihtaja',
  );

  await staff.getByRole('button', { name: 'Svenska' }).click();
  await expect(staff.getByRole('heading', { level: 1, name: 'Mitt konto' })).toBeVisible();
  await expect(staff.getByRole('region', { name: 'E-postaviseringar' })).toBeVisible();
  await expectNoAxeViolations(staff);
  await staff.getByRole('button', { name: 'English' }).click();
  await expect(staff.getByRole('heading', { level: 1, name: 'My account' })).toBeVisible();
  await expect(staff.getByRole('region', { name: 'Mail notifications' })).toBeVisible();
  await expectNoAxeViolations(staff);
  await staff.getByRole('button', { name: 'Suomi' }).click();
});

test('when a member forgot their password, the sign-in page sends a link that opens the set-password page', async ({
  subject: page,
  handler,
  mailbox,
}) => {
  await page.goto('/console/sign-in');
  await page.getByRole('link', { name: 'Unohditko salasanan?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Unohtunut salasana' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Sähköposti').fill(handler.email);
  await page.getByRole('button', { name: 'Lähetä linkki' }).click();
  await expect(page.getByText('Tarkista sähköpostisi')).toBeVisible();

  const mail = await mailbox.waitFor(handler.email, /Konsolin salasanan vaihto/);
  const link = /https?:\/\/\S+\/console\/set-password\?token=[A-Za-z0-9_-]+/.exec(mail.text)?.[0];
  expect(link).toBeDefined();
  await page.goto(new URL(link!).pathname + new URL(link!).search);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Valitse uusi salasana' }),
  ).toBeVisible();
  // The member has an authenticator: the code is asked together with the new password.
  await expect(page.getByLabel('Todennuskoodi')).toBeVisible();
  await expectNoAxeViolations(page);
});
