// The public portal in Finnish, Swedish and English: every main page renders, is
// reachable by its accessible names and passes the WCAG 2.1 AA axe check.
import { expectNoAxeViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';
import { signUp, uniqueEmail } from '../support/portal';
import { saveScreenshot } from '../support/screenshots';
const requestTypes = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'objection',
  'portability',
];

const languages = [
  {
    locale: 'fi',
    browserLocale: 'fi-FI',
    homeTitle: 'Tietosuojaoikeutesi Inope Oy:ssä',
    notice: 'Tietosuojaseloste',
    newRequest: 'Tee pyyntö',
    submit: 'Lähetä pyyntö',
  },
  {
    locale: 'sv',
    browserLocale: 'sv-FI',
    homeTitle: null,
    notice: null,
    newRequest: 'Gör en begäran',
    submit: null,
  },
  {
    locale: 'en',
    browserLocale: 'en-GB',
    homeTitle: 'Your data protection rights at Inope Oy',
    notice: 'Privacy notice',
    newRequest: 'Make a request',
    submit: 'Send request',
  },
] as const;

for (const lang of languages) {
  test.describe(`portal in ${lang.locale}`, () => {
    test.use({ locale: lang.browserLocale });
    test.setTimeout(240_000);

    test(`when a visitor browses the portal in ${lang.locale}, every page passes axe`, async ({
      subject: page,
    }) => {
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('lang', lang.locale);
      if (lang.homeTitle)
        await expect(page.getByRole('heading', { level: 1, name: lang.homeTitle })).toBeVisible();
      await expectNoAxeViolations(page);
      if (lang.locale === 'fi') await saveScreenshot(page, 'portal-home');

      await page.goto('/privacy-notice');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);

      const email = uniqueEmail(`smoke-${lang.locale}`);
      await signUp(page, email, 'Testi Henkilö', lang.locale);
      await expectNoAxeViolations(page);

      await page.goto('/requests/new');
      await expect(page.getByRole('heading', { level: 1, name: lang.newRequest })).toBeVisible();
      await expectNoAxeViolations(page);
      for (const type of requestTypes) {
        await page.goto(`/requests/new/${type}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.locator('form')).toBeVisible();
        await expectNoAxeViolations(page);
        if (lang.locale === 'fi' && type === 'rectification')
          await saveScreenshot(page, 'portal-request-form');
      }
    });
  });
}
