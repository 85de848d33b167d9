import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.1 AA check of the page as it is now; any violation fails the journey. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Legacy mode runs axe in the page itself: the default mode opens an extra blank
  // page to merge frame results, which costs 7–10 s per check in Debian Chromium.
  // The app has no cross-origin frames, so nothing is lost.
  const results = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  // Strict: a page with a violation stops the journey there, so the failure
  // points at the page that has it (WCAG 2.1 AA is a requirement, not a report).
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}
