// Portal steps shared by the journeys, driven through labels and roles only.
import { expect, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { codeFrom, waitForMail } from './mailbox';

/** A fresh address per test, so every journey starts from a clean account. */
export function uniqueEmail(label: string): string {
  return `${label}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.fi`;
}

const text = {
  fi: {
    email: 'Sähköpostiosoite',
    name: 'Nimi',
    send: 'Lähetä koodi',
    code: 'Koodi',
    signIn: 'Kirjaudu',
    myRequests: 'Omat pyynnöt',
  },
  sv: {
    email: 'E-postadress',
    name: 'Namn',
    send: 'Skicka kod',
    code: 'Kod',
    signIn: 'Logga in',
    myRequests: 'Mina begäranden',
  },
} as const;

export type UiLocale = keyof typeof text;

/** Signs up through the form, reads the code from the mail and lands on "my requests". */
export async function signUp(
  page: Page,
  email: string,
  name: string,
  locale: UiLocale = 'fi',
): Promise<void> {
  const t = text[locale];
  await page.goto('/sign-up');
  await expectNoAxeViolations(page);
  await page.getByLabel(t.email).fill(email);
  await page.getByLabel(t.name, { exact: true }).fill(name);
  await page.getByRole('button', { name: t.send }).click();
  await expect(page).toHaveURL(/\/sign-in\/verify/);
  await expectNoAxeViolations(page);
  const mail = await waitForMail(email, /\b\d{6}\b/);
  await page.getByLabel(t.code, { exact: true }).fill(codeFrom(mail));
  await page.getByRole('button', { name: t.signIn, exact: true }).click();
  await expect(page).toHaveURL(/\/requests$/);
  await expect(page.getByRole('heading', { level: 1, name: t.myRequests })).toBeVisible();
}
