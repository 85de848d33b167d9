// Configuration read once (issue #15): a bad HOLIDAY_CALENDAR_FILE stops
// start-up with one clear message instead of failing on the first deadline.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { HolidayCalendarFileError, loadHolidayCalendar } from '../../src/config/holiday-calendar';

const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'oikeus-calendar-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function startWith(env: Record<string, string>) {
  return new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', 'src/main.ts'],
      {
        cwd: apiDir,
        env: {
          PATH: process.env.PATH ?? '',
          NODE_ENV: 'test',
          PORT: '0',
          RUN_WORKER: 'false',
          LOG_LEVEL: 'silent',
          DATABASE_URL: `file:${path.join(dir, 'never-created.db')}`,
          ...env,
        },
        timeout: 60_000,
      },
      (_error, _stdout, stderr) => resolve({ code: child.exitCode, stderr }),
    );
  });
}

describe('HOLIDAY_CALENDAR_FILE at start-up', () => {
  it('when the file is not a valid holiday calendar, start-up stops with one message naming the variable', async () => {
    const file = path.join(dir, 'bad.yaml');
    writeFileSync(file, 'country: FI\nholidays: not-a-list\n');
    const { code, stderr } = await startWith({ HOLIDAY_CALENDAR_FILE: file });
    expect(code).toBe(1);
    expect(stderr).toContain(`HOLIDAY_CALENDAR_FILE: ${file} is not a valid holiday calendar`);
    // One readable message, no stack trace.
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('when the file cannot be read, loading fails with a message naming the variable and the path', () => {
    const file = path.join(dir, 'missing.yaml');
    expect(() =>
      loadHolidayCalendar({ HOLIDAY_COUNTRY: 'FI', HOLIDAY_CALENDAR_FILE: file }),
    ).toThrow(HolidayCalendarFileError);
    expect(() =>
      loadHolidayCalendar({ HOLIDAY_COUNTRY: 'FI', HOLIDAY_CALENDAR_FILE: file }),
    ).toThrow(`HOLIDAY_CALENDAR_FILE: cannot read ${file}`);
  });

  it('when no file is set, the built-in country calendar is used', () => {
    const calendar = loadHolidayCalendar({
      HOLIDAY_COUNTRY: 'FI',
      HOLIDAY_CALENDAR_FILE: undefined,
    });
    expect(calendar).toBeDefined();
  });
});
