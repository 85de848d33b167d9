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
  en: {
    email: 'Email address',
    name: 'Name',
    send: 'Send code',
    code: 'Code',
    signIn: 'Sign in',
    myRequests: 'My requests',
  },
} as const;

/** The portal texts the journeys act on, per language (apps/web/src/i18n/locales). */
export const portalText = {
  fi: {
    browserLocale: 'fi-FI',
    submit: 'Lähetä pyyntö',
    received: 'Pyyntösi on vastaanotettu',
    registers: 'Mitä rekisteriä pyyntö koskee?',
    messageBody: 'Viesti',
    sendMessage: 'Lähetä viesti',
    messageSent: 'Viesti lähetetty.',
    messagesHeading: 'Viestit',
    identityHeading: 'Tarvitsemme lisätietoja',
    identityAnswer: 'Vastauksesi',
    identitySubmit: 'Lähetä vastaus',
    identitySent: 'Vastauksesi on lähetetty. Määräaika jatkuu.',
    file: 'Liitetiedosto',
    resultHeading: 'Vastaus',
    refusedHeading: 'Pyyntöäsi ei voitu toteuttaa',
    withdraw: 'Peru pyyntö',
    withdrawReason: 'Syy perumiselle',
    withdrawConfirm: 'Kyllä, peru pyyntö',
    withdrawn: 'Pyyntö on peruttu.',
  },
  sv: {
    browserLocale: 'sv-FI',
    submit: 'Skicka begäran',
    received: 'Din begäran har tagits emot',
    registers: 'Vilket register gäller begäran?',
    messageBody: 'Meddelande',
    sendMessage: 'Skicka meddelande',
    messageSent: 'Meddelandet har skickats.',
    messagesHeading: 'Meddelanden',
    identityHeading: 'Vi behöver mer information',
    identityAnswer: 'Ditt svar',
    identitySubmit: 'Skicka svar',
    identitySent: 'Ditt svar har skickats. Tidsfristen löper vidare.',
    file: 'Bifogad fil',
    resultHeading: 'Svar',
    refusedHeading: 'Din begäran kunde inte tillgodoses',
    withdraw: 'Återkalla begäran',
    withdrawReason: 'Skäl till återkallelsen',
    withdrawConfirm: 'Ja, återkalla begäran',
    withdrawn: 'Begäran har återkallats.',
  },
  en: {
    browserLocale: 'en-GB',
    submit: 'Send request',
    received: 'We have received your request',
    registers: 'Which register is the request about?',
    messageBody: 'Message',
    sendMessage: 'Send message',
    messageSent: 'Message sent.',
    messagesHeading: 'Messages',
    identityHeading: 'We need more information',
    identityAnswer: 'Your answer',
    identitySubmit: 'Send answer',
    identitySent: 'Your answer has been sent. The deadline is running again.',
    file: 'File',
    resultHeading: 'Answer',
    refusedHeading: 'We could not carry out your request',
    withdraw: 'Withdraw request',
    withdrawReason: 'Why you are withdrawing',
    withdrawConfirm: 'Yes, withdraw the request',
    withdrawn: 'The request has been withdrawn.',
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
  const since = new Date().toISOString();
  await page.getByRole('button', { name: t.send }).click();
  await expect(page).toHaveURL(/\/sign-in\/verify/);
  await expectNoAxeViolations(page);
  await enterCode(page, email, since, t);
}

async function enterCode(
  page: Page,
  email: string,
  since: string,
  t: (typeof text)[UiLocale],
): Promise<void> {
  const mail = await waitForMail(page.request, email, /\b\d{6}\b/, { since });
  await page.getByLabel(t.code, { exact: true }).fill(codeFrom(mail));
  await page.getByRole('button', { name: t.signIn, exact: true }).click();
  await expect(page).toHaveURL(/\/requests$/);
  await expect(page.getByRole('heading', { level: 1, name: t.myRequests })).toBeVisible();
}

/** Signs in again (e.g. after the app clock moved past the session's 12 hours). */
export async function signIn(page: Page, email: string, locale: UiLocale = 'fi'): Promise<void> {
  const t = text[locale];
  await page.context().clearCookies();
  await page.goto('/sign-in');
  await expectNoAxeViolations(page);
  await page.getByLabel(t.email).fill(email);
  const since = new Date().toISOString();
  await page.getByRole('button', { name: t.send }).click();
  await expect(page).toHaveURL(/\/sign-in\/verify/);
  await enterCode(page, email, since, t);
}

/**
 * Opens the request form for `type`, lets `fill` complete it, submits, checks
 * the acknowledgement on screen and by email, and returns the reference.
 */
export async function submitRequest(
  page: Page,
  locale: UiLocale,
  type: 'access' | 'rectification' | 'erasure' | 'restriction' | 'objection' | 'portability',
  email: string,
  fill: (page: Page) => Promise<void>,
): Promise<string> {
  const t = portalText[locale];
  await page.goto(`/requests/new/${type}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await fill(page);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: t.submit }).click();
  await expect(page.getByRole('heading', { level: 1, name: t.received })).toBeVisible();
  await expectNoAxeViolations(page);
  const reference = (await page.locator('dd.reference').innerText()).trim();
  expect(reference).not.toBe('');
  await waitForMail(page.request, email, new RegExp(reference));
  return reference;
}

/** Checks every register offered in the form's register question. */
export async function chooseAllRegisters(page: Page, locale: UiLocale): Promise<void> {
  const group = page.getByRole('group', { name: portalText[locale].registers });
  for (const box of await group.getByRole('checkbox').all()) await box.check();
}

/** Opens the request from "my requests" by its reference. */
export async function openOwnRequest(page: Page, reference: string): Promise<void> {
  await page.goto('/requests');
  await page.getByRole('link', { name: new RegExp(reference) }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(reference) })).toBeVisible();
}
