// A staff member's own sessions (issue #20): the console's account page lists
// where they are signed in, and "sign out everywhere" ends every session.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { signInToConsole } from '../support/console';
import { createHandler } from '../support/staff';

test.use({ locale: 'fi-FI' });

test('when a handler opens their account page, this browser is listed, and signing out everywhere ends the session', async ({
  page,
  request,
}) => {
  const handler = await createHandler(request);
  await signInToConsole(page, handler);

  await page.getByRole('link', { name: new RegExp(`Oma tili: ${handler.name}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Oma tili' })).toBeVisible();
  const sessions = page.getByRole('table', { name: 'Voimassa olevat kirjautumisesi' });
  await expect(sessions.getByText('(tämä selain)')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Kirjaudu ulos kaikkialta' }).click();
  await expect(page).toHaveURL(/\/console\/sign-in/);
  const after = await page.request.get('/api/staff/auth/session');
  expect(after.status()).toBe(401);
});
