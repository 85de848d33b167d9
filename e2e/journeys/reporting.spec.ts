// Reporting (issue #23, GDPR Art. 5(2)): a handler opens the console's reports
// in Finnish and in Swedish, reads the figures of their own requests from the
// tables under the charts, downloads the request log as CSV and opens the
// printable yearly summary; the page also fits a 390 px phone. axe on each view.
import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';
import { seedReportingRequests } from '../support/reporting';
import { saveScreenshot } from '../support/screenshots';

test('when a handler reads the reports in fi and sv, the tables under the charts hold their figures and the request log downloads as CSV', async ({
  staff,
  handler,
}) => {
  const seeded = seedReportingRequests(handler.id);

  await staff.goto('/console');
  await staff
    .getByRole('navigation', { name: 'Konsolin valikko' })
    .getByRole('link', { name: 'Raportit' })
    .click();
  await expect(staff.getByRole('heading', { level: 1, name: 'Raportit' })).toBeVisible();
  await expect(
    staff.getByText('Käsittelijänä näet luvut vain sinulle osoitetuista pyynnöistä.'),
  ).toBeVisible();

  // March and April 2026, chosen in the form (checked with the API's own contract).
  const filters = staff.getByRole('form', { name: 'Raportin rajaus' });
  await filters.getByLabel('Jakso').selectOption('custom');
  await filters.getByLabel('Ensimmäinen päivä').fill('2026-04-30');
  await filters.getByLabel('Viimeinen päivä').fill('2026-03-01');
  await filters.getByRole('button', { name: 'Näytä luvut' }).click();
  await expect(
    staff.getByText('Jakson viimeinen päivä ei voi olla ennen ensimmäistä.').first(),
  ).toBeVisible();
  await filters.getByLabel('Ensimmäinen päivä').fill('2026-03-01');
  await filters.getByLabel('Viimeinen päivä').fill('2026-04-30');
  await filters.getByRole('button', { name: 'Näytä luvut' }).click();
  await expect(staff).toHaveURL(/period=custom&from=2026-03-01&to=2026-04-30/);

  const received = staff.getByRole('table', {
    name: 'Saapuneet pyynnöt kuukausittain tyypin mukaan',
  });
  // Columns: month, access, rectification, erasure, restriction, objection, portability, total.
  await expect(received.getByRole('row', { name: /maaliskuu 2026/ }).getByRole('cell')).toHaveText([
    '1',
    '0',
    '1',
    '0',
    '0',
    '0',
    '2',
  ]);
  await expect(received.getByRole('row', { name: /huhtikuu 2026/ }).getByRole('cell')).toHaveText([
    '0',
    '1',
    '0',
    '0',
    '0',
    '0',
    '1',
  ]);
  const timeliness = staff.getByRole('table', {
    name: 'Vastaukset määräajassa ja myöhässä kuukausittain',
  });
  await expect(timeliness.getByRole('row', { name: /huhtikuu 2026/ }).getByRole('cell')).toHaveText(
    ['0', '1'],
  );
  await expect(
    staff.getByText(/Määräajassa vastattiin 50\s%\spyynnöistä \(1\/2\)\./),
  ).toBeVisible();
  await expectNoAxeViolations(staff);
  await saveScreenshot(staff, 'console-reports');

  // The request log of the same period, as the browser downloads it.
  const [download] = await Promise.all([
    staff.waitForEvent('download'),
    staff.getByRole('link', { name: 'Lataa pyyntöloki (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('request-log-2026-03-01-2026-04-30.csv');
  const csv = await readFile(await download.path(), 'utf8');
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines[0]).toBe(
    'reference,type,channel,status,received,due,extended,answered,outcome,grounds,handler,daysTaken,onTime',
  );
  expect(lines).toHaveLength(4);
  expect(lines.find((line) => line.startsWith(seeded[1]?.reference ?? '-'))).toContain(
    'erasure,portal,completed,2026-03-03,2026-04-07,false,2026-04-14,completed',
  );

  // In Swedish: the same figures, Swedish month names and labels.
  await staff.getByRole('button', { name: 'Svenska' }).click();
  await expect(staff.getByRole('heading', { level: 1, name: 'Rapporter' })).toBeVisible();
  const inkomna = staff.getByRole('table', { name: 'Inkomna begäranden per månad och typ' });
  await expect(inkomna.getByRole('row', { name: /mars 2026/ }).getByRole('cell')).toHaveText([
    '1',
    '0',
    '1',
    '0',
    '0',
    '0',
    '2',
  ]);
  await expect(
    staff.getByText(/50\s%\sav begärandena besvarades inom tidsfristen \(1\/2\)\./),
  ).toBeVisible();
  await expectNoAxeViolations(staff);

  // On a phone: nothing wider than the screen but the tables' own scroll areas.
  await staff.setViewportSize({ width: 390, height: 844 });
  await expect(inkomna).toBeVisible();
  expect(await staff.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoAxeViolations(staff);

  // The yearly summary for the register review, laid out for print.
  await staff.getByRole('link', { name: 'Sammanfattning av år 2026 för utskrift' }).click();
  await expect(
    staff.getByRole('heading', { level: 1, name: 'Årssammanfattning 2026' }),
  ).toBeVisible();
  await expect(
    staff
      .getByRole('table', { name: 'Svar inom tidsfristen och försenade per månad' })
      .getByRole('row', { name: /april 2026/ })
      .getByRole('cell'),
  ).toHaveText(['0', '1']);
  await expect(staff.getByRole('button', { name: 'Skriv ut' })).toBeVisible();
  await expectNoAxeViolations(staff);
});
