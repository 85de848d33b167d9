import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3210);
export const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 2625);
export const mailApiPort = Number(process.env.E2E_MAIL_API_PORT ?? 2626);
const baseURL = `http://127.0.0.1:${port}`;

/** The app's environment; the CLI the journeys run (staff.ts) uses the same database. */
export const serverEnv = {
  NODE_ENV: 'test',
  PORT: String(port),
  HOST: '127.0.0.1',
  PUBLIC_URL: baseURL,
  DATABASE_URL: 'file:./var/e2e.db',
  MAIL_TRANSPORT: 'smtp',
  SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
  SESSION_SECRET: 'e2e-secret-e2e-secret-e2e-secret-e2e-1234',
  // Mounts the test hooks under /api/test: the clock, staff sessions without
  // TOTP (fixtures.ts) and one worker pass on demand (mailbox.ts).
  TEST_CLOCK: 'true',
  SEED_DEMO: 'true',
  // No worker on a timer: the mailbox runs one pass when a journey looks for
  // mail, so mail and reminders appear when expected, never after an interval.
  RUN_WORKER: 'false',
  LOG_LEVEL: 'warn',
};

/**
 * Journeys run against the built app started the way the README starts it,
 * with mail sent over SMTP to a capture server this harness runs (global-setup.ts).
 */
export default defineConfig({
  testDir: './journeys',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: '../test-results/e2e',
  globalSetup: './support/global-setup.ts',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    actionTimeout: 15_000,
    navigationTimeout: 20_000,
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: [
    {
      command:
        'rm -f ../var/e2e.db ../var/e2e.db-wal ../var/e2e.db-shm && pnpm --filter @oikeus/api start',
      url: `${baseURL}/readyz`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
      env: serverEnv,
    },
  ],
});
