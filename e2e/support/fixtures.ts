// The journeys' shared preamble as Playwright fixtures: the app clock (reset to
// the real time after every test), a handler made and signed in through the
// app's test hooks, a browser context each for the data subject and for the
// console with page errors logged, and the mailbox. Journeys import `test` and
// `expect` from here instead of from @playwright/test.
import { randomUUID } from 'node:crypto';
import {
  test as base,
  expect,
  type APIRequestContext,
  type BrowserContext,
  type Page,
} from '@playwright/test';
import { setAppClock } from './clock';
import { waitForMail, type WaitForMailOptions } from './mailbox';
import type { CapturedMail } from './global-setup';

export { expect };

export type StaffRole = 'handler' | 'admin' | 'auditor';

export interface StaffMember {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
}

/** The CSRF header every write to the app carries. */
const hookHeaders = { 'x-requested-with': 'oikeus' };

/**
 * A staff member made through the test hook (POST /api/test/staff-users, only
 * mounted with TEST_CLOCK): enrolled, but with no password or TOTP secret
 * anyone knows, so signInAsStaff is the only way in.
 */
export async function createStaffMember(
  request: APIRequestContext,
  options: { role?: StaffRole; locale?: 'fi' | 'sv' | 'en' } = {},
): Promise<StaffMember> {
  const tag = randomUUID().slice(0, 8);
  const res = await request.post('/api/test/staff-users', {
    headers: hookHeaders,
    data: {
      email: `kasittelija.${tag}@inope.fi`,
      name: `Käsittelijä ${tag}`,
      role: options.role ?? 'handler',
      ...(options.locale ? { locale: options.locale } : {}),
    },
  });
  if (res.status() !== 201)
    throw new Error(`Could not create a staff member: ${res.status()} ${await res.text()}`);
  return ((await res.json()) as { staff: StaffMember }).staff;
}

/**
 * Opens a console session for `member` in the page's browser context, with the
 * cookie the app's own staff-session code issues (POST /api/test/staff-session).
 * Also after the app clock moved past the 8-hour session.
 */
export async function signInAsStaff(page: Page, member: StaffMember): Promise<void> {
  // page.request shares the browser context's cookies, so the page is signed in too.
  const res = await page.request.post('/api/test/staff-session', {
    headers: hookHeaders,
    data: { email: member.email },
  });
  if (!res.ok()) throw new Error(`Could not open a staff session: ${res.status()}`);
}

function logPageErrors(page: Page): void {
  page.on('pageerror', (error) => console.log(`page error on ${page.url()}: ${error.message}`));
}

/** Reads the harness's captured mail; each look first runs one worker pass at the app clock. */
export interface Mailbox {
  waitFor(to: string, match: RegExp, options?: WaitForMailOptions): Promise<CapturedMail>;
  /** Now, as a `since` for waitFor: only mail received after it counts. */
  mark(): string;
}

interface JourneyOptions {
  /** Role of the journey's handler; escalations of overdue requests go to admins. */
  handlerRole: StaffRole;
  /** The app clock when the journey starts (the real time when unset); reset after the test. */
  appNow: Date | undefined;
}

interface JourneyFixtures {
  /** Moves the running app's clock; the fixture puts it back to the real time after the test. */
  appClock: { set(now: Date): Promise<void> };
  /** A staff member of `handlerRole`, made through the test hook, not yet signed in anywhere. */
  handler: StaffMember;
  /** A new browser context for a data subject in `locale` (default: the test's locale). */
  openPortal: (locale?: string) => Promise<Page>;
  /** The data subject's page, in the test's locale. */
  subject: Page;
  /** The console page (Finnish), with `handler` signed in. */
  staff: Page;
  mailbox: Mailbox;
}

export const test = base.extend<JourneyOptions & JourneyFixtures>({
  handlerRole: ['handler', { option: true }],
  appNow: [undefined, { option: true }],

  appClock: [
    async ({ request, appNow }, use) => {
      if (appNow) await setAppClock(request, appNow);
      await use({ set: (now) => setAppClock(request, now) });
      await setAppClock(request, new Date());
    },
    { auto: true },
  ],

  handler: async ({ request, handlerRole, appClock: _setFirst }, use) => {
    await use(await createStaffMember(request, { role: handlerRole }));
  },

  openPortal: async ({ browser, locale }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (pageLocale = locale ?? 'fi-FI') => {
      const context = await browser.newContext({ locale: pageLocale });
      contexts.push(context);
      const page = await context.newPage();
      logPageErrors(page);
      return page;
    });
    for (const context of contexts) await context.close();
  },

  subject: async ({ openPortal }, use) => {
    await use(await openPortal());
  },

  staff: async ({ browser, handler }, use) => {
    const context = await browser.newContext({ locale: 'fi-FI' });
    const page = await context.newPage();
    logPageErrors(page);
    await signInAsStaff(page, handler);
    await use(page);
    await context.close();
  },

  mailbox: async ({ request }, use) => {
    await use({
      waitFor: (to, match, options) => waitForMail(request, to, match, options),
      mark: () => new Date().toISOString(),
    });
  },
});
