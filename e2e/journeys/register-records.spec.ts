// The registers in the console, in Finnish (issue #25): an admin reads what the
// registers hold, adds a customer by hand with its source (Art. 14(2)(f),
// 15(1)(g)) and edits it, reads its history, adds a marketing contact and
// records a prohibition received by phone (Art. 21(3)), then creates an API key
// for another system (shown once) and revokes it (Art. 32).
import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';

test.use({ locale: 'fi-FI', handlerRole: 'admin' });
test.setTimeout(180_000);

/** The page fits a 390 px wide phone: nothing runs off to the side. */
async function expectFitsPhone(page: Page): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `horizontal overflow on ${page.url()}`).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('when an admin adds and edits register records by hand, records a prohibition and manages an API key, each is saved, shown and accessible', async ({
  staff,
}) => {
  const tag = randomUUID().slice(0, 8);
  const customerName = `Tuula Käsin-${tag}`;
  const contactName = `Pekka Puhelin-${tag}`;
  const keyName = `CRM-yöajo ${tag}`;
  const nav = staff.getByRole('navigation', { name: 'Konsolin valikko' });

  // What we hold.
  await staff.goto('/console');
  await nav.getByRole('link', { name: 'Rekisterien sisältö' }).click();
  await expect(staff.getByRole('heading', { level: 1, name: 'Rekisterien sisältö' })).toBeVisible();
  await expect(
    staff.getByRole('table', { name: 'Asiakasrekisteri: tietueet lajeittain' }),
  ).toContainText('Asiakkaat');
  await expectNoAxeViolations(staff);
  await expectFitsPhone(staff);

  // A customer by hand: the source is required, and the message sits at the field.
  await staff.getByRole('link', { name: 'Lisää asiakas' }).click();
  await expect(staff.getByRole('heading', { level: 1, name: 'Lisää asiakas' })).toBeVisible();
  await staff.getByLabel('Etunimi').fill('Tuula');
  await staff.getByLabel('Sukunimi').fill(`Käsin-${tag}`);
  await staff.getByLabel(/^Sähköposti/).fill(`tuula.${tag}@example.fi`);
  await staff.getByLabel('Asiakkuus alkoi').fill('3.4.2025');
  await staff.getByRole('button', { name: 'Lisää tietue' }).click();
  const source = staff.getByLabel('Tietojen lähde');
  await expect(source).toHaveAccessibleDescription(/Valitse yksi vaihtoehdoista/);
  await expect(
    staff.getByRole('alert').getByRole('link', { name: /^Tietojen lähde:/ }),
  ).toBeVisible();
  await expectNoAxeViolations(staff);
  await source.selectOption({ label: 'Puhelin' });
  await staff.getByLabel(/^Lähteen tarkennus/).fill(`Puhelu asiakaspalveluun ${tag}`);
  await staff.getByRole('button', { name: 'Lisää tietue' }).click();
  await expect(
    staff.getByRole('heading', { level: 1, name: `Asiakas: ${customerName}` }),
  ).toBeVisible();
  await expect(staff.getByText('Tietue lisätty.')).toBeVisible();
  await expect(staff.getByText(`Puhelu asiakaspalveluun ${tag}`)).toBeVisible();
  await expectNoAxeViolations(staff);

  // Edit it: the form starts from what the register holds.
  await staff.getByRole('link', { name: 'Muokkaa tietoja' }).click();
  await expect(
    staff.getByRole('heading', { level: 1, name: `Muokkaa: ${customerName}` }),
  ).toBeVisible();
  await expect(staff.getByLabel('Asiakkuus alkoi')).toHaveValue('3.4.2025');
  await expect(staff.getByLabel('Tietojen lähde')).toHaveValue('phone');
  await staff.getByLabel(/^Postitoimipaikka/).fill('Lahti');
  await expectNoAxeViolations(staff);
  await staff.getByRole('button', { name: 'Tallenna muutokset' }).click();
  await expect(staff.getByText('Muutokset tallennettu.')).toBeVisible();

  // Its history: details, changes, restrictions and requests.
  const details = staff.getByRole('region', { name: 'Tiedot', exact: true });
  await expect(details.getByText('Lahti')).toBeVisible();
  await expect(details.getByText(/^console-/)).toBeVisible();
  await expect(staff.getByRole('heading', { level: 2, name: 'Muutoshistoria' })).toBeVisible();
  await expect(staff.getByRole('region', { name: 'Rajoitukset' })).toContainText('Ei rajoituksia.');
  await expect(
    staff.getByRole('region', { name: 'Pyynnöt, jotka koskevat tietuetta' }),
  ).toBeVisible();
  await expectNoAxeViolations(staff);
  await expectFitsPhone(staff);

  // A marketing contact by hand, then a prohibition received by phone.
  await nav.getByRole('link', { name: 'Rekisterien sisältö' }).click();
  await staff.getByRole('link', { name: 'Lisää markkinointiyhteystieto' }).click();
  await staff.getByLabel('Etunimi').fill('Pekka');
  await staff.getByLabel('Sukunimi').fill(`Puhelin-${tag}`);
  await staff.getByLabel(/^Puhelin/).fill('+358 40 555 0101');
  await staff.getByLabel('Viimeisin aktiivisuus').fill('1.2.2026');
  await staff.getByLabel('Tietojen lähde').selectOption({ label: 'Tapaaminen' });
  // A customer the register does not hold: the API refuses (409) and says why.
  const customerKey = staff.getByLabel(/^Asiakkaan tunniste/);
  await customerKey.fill(`ei-ole-${tag}`);
  await staff.getByRole('button', { name: 'Lisää tietue' }).click();
  const refusal = staff.getByRole('alert').filter({ hasText: 'Tietuetta ei tallennettu' });
  await expect(refusal).toContainText('puuttuu rekisteristä');
  await expectNoAxeViolations(staff);
  await customerKey.fill('');
  await staff.getByRole('button', { name: 'Lisää tietue' }).click();
  await expect(
    staff.getByRole('heading', { level: 1, name: `Markkinointiyhteystieto: ${contactName}` }),
  ).toBeVisible();
  await expect(staff.getByRole('region', { name: 'Markkinointiluvat ja -kiellot' })).toContainText(
    'Yhteystiedolla ei ole lupia eikä kieltoja.',
  );

  await staff.getByRole('link', { name: 'Kirjaa lupa tai kielto' }).click();
  await expect(
    staff.getByRole('heading', { level: 1, name: `Kirjaa lupa tai kielto: ${contactName}` }),
  ).toBeVisible();
  await staff.getByRole('radio', { name: 'Puhelin' }).check();
  await staff.getByRole('radio', { name: 'Kielto markkinoinnille' }).check();
  await staff.getByLabel('Milloin päätös saatiin').fill('2026-02-20T14:30');
  await expect(staff.getByLabel('Miten päätös saatiin')).toHaveValue('phone');
  await staff.getByLabel(/^Muistiinpano/).fill(`Soitti ja kielsi puhelinmarkkinoinnin ${tag}.`);
  await expectNoAxeViolations(staff);
  await staff.getByRole('button', { name: 'Kirjaa päätös' }).click();
  await expect(staff.getByText('Päätös kirjattu.')).toBeVisible();
  const permissions = staff.getByRole('table', { name: 'Voimassa oleva päätös kanavittain' });
  await expect(permissions.getByRole('row', { name: /Puhelin.*Kielto/ })).toBeVisible();
  const changes = staff.getByRole('table', { name: 'Muutokset, vanhin ensin' });
  await expect(changes.getByRole('rowheader', { name: 'Puhelin: Kielto' })).toBeVisible();
  // Received at 14.30 Helsinki time (UTC+2 in February).
  await expect(changes).toContainText('14.30');
  await expect(changes).toContainText(`Soitti ja kielsi puhelinmarkkinoinnin ${tag}.`);
  await expectNoAxeViolations(staff);

  // An API key for another system: the whole key is shown once.
  await staff.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await nav.getByRole('link', { name: 'Rajapinta-avaimet' }).click();
  await expect(staff.getByRole('heading', { level: 1, name: 'Rajapinta-avaimet' })).toBeVisible();
  await expectNoAxeViolations(staff);
  await staff.getByLabel('Nimi', { exact: true }).fill(keyName);
  await staff.getByRole('checkbox', { name: 'Asiakkaat' }).check();
  await staff.getByRole('checkbox', { name: 'Markkinointiyhteystiedot' }).check();
  await staff.getByRole('radio', { name: 'Luku ja kirjoitus' }).check();
  await staff.getByLabel(/^Viimeinen voimassaolopäivä/).fill('31.12.2027');
  await staff.getByRole('button', { name: 'Luo avain' }).click();
  const secretPanel = staff.getByRole('region', { name: `Uusi avain: ${keyName}` });
  await expect(secretPanel).toBeFocused();
  await expect(secretPanel).toContainText('Et näe sitä enää');
  const secret = (await secretPanel.locator('code').innerText()).trim();
  expect(secret).toMatch(/^oik_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
  await secretPanel.getByRole('button', { name: 'Kopioi avain' }).click();
  await expect(secretPanel.getByText('Avain kopioitu leikepöydälle.')).toBeVisible();
  expect(await staff.evaluate(() => navigator.clipboard.readText())).toBe(secret);
  await expectNoAxeViolations(staff);
  await secretPanel.getByRole('button', { name: 'Olen tallentanut avaimen' }).click();
  await expect(staff.getByText(secret)).toHaveCount(0);

  const row = staff.getByRole('row', { name: new RegExp(keyName) });
  await expect(row).toContainText('Luku ja kirjoitus');
  await expect(row).toContainText('Asiakkaat, Markkinointiyhteystiedot');
  await expect(row).toContainText('31. joulukuuta 2027 asti');
  await expect(row).toContainText('Ei koskaan');
  await expect(row).toContainText('Käytössä');
  await expect(row).toContainText(`oik_${secret.slice(4, 16)}_`);
  await expectFitsPhone(staff);

  // Revoked after a confirmation.
  // The row's button names its key (visually hidden, so screen readers hear which one).
  await row.getByRole('button', { name: new RegExp(`^Mitätöi\\s*: ${keyName}$`) }).click();
  const confirm = row.getByRole('button', { name: `Mitätöi avain ${keyName} lopullisesti` });
  await expect(confirm).toBeFocused();
  await expectNoAxeViolations(staff);
  await confirm.click();
  await expect(staff.getByText(`Avain ${keyName} mitätöity.`)).toBeAttached();
  await expect(row).toContainText('Mitätöity');
  await expect(row.getByRole('button')).toHaveCount(0);
  await expectNoAxeViolations(staff);
});
