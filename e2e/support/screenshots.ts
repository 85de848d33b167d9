import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');

/**
 * The README's screenshots are tracked files: a run takes them only when asked
 * (`E2E_SCREENSHOTS=1 pnpm test:e2e`), so an ordinary run leaves the tree clean.
 */
export const screenshotsWanted = process.env.E2E_SCREENSHOTS === '1';

/** Saves a full-page screenshot for the README into docs/screenshots, when asked for. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  if (!screenshotsWanted) return;
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

/** Saves a screenshot of one element (a panel) for the README, when asked for. */
export async function saveElementScreenshot(element: Locator, name: string): Promise<void> {
  if (!screenshotsWanted) return;
  await element.screenshot({ path: path.join(dir, `${name}.png`) });
}
