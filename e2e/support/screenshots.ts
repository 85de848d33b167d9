import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');

/** Saves a full-page screenshot for the README into docs/screenshots (overwritten each run). */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

/** Where a README screenshot goes, for screenshots of one element rather than the page. */
export function screenshotPath(name: string): string {
  return path.join(dir, `${name}.png`);
}
