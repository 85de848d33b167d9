// The one journey that covers the real console sign-in (admin-housekeeping)
// makes its admin with the product's own CLI (`pnpm dsr staff create`, the path
// an operator uses for the first admin), enrols TOTP through the real sign-in
// API and signs in through the form with password and a TOTP code. Every other
// journey gets its handler from the fixtures (fixtures.ts), through the test hooks.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { APIRequestContext } from '@playwright/test';
import { serverEnv } from '../playwright.config';

const run = promisify(execFile);

// The e2e package has no database or TOTP dependencies of its own: borrow the API's
// (read-only look-ups of demo data, and the same TOTP library the app verifies with).
const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const apiRequire = createRequire(path.join(repoRoot, 'apps/api/package.json'));
/** The part of better-sqlite3 the journeys use (the package is the API's, not resolvable here). */
export interface SqliteDatabase {
  prepare(sql: string): {
    run(...params: unknown[]): unknown;
    get(...params: unknown[]): unknown;
    all(...params: unknown[]): unknown[];
  };
  close(): void;
}
export const Database = apiRequire('better-sqlite3') as new (
  file: string,
  options?: { readonly?: boolean },
) => SqliteDatabase;
const { authenticator } = apiRequire('otplib') as {
  authenticator: {
    clone: (o: { epoch: number }) => { generate: (secret: string) => string };
  };
};

export const E2E_DB = path.join(repoRoot, 'var/e2e.db');

export interface Handler {
  email: string;
  name: string;
  password: string;
  totpSecret: string;
  /** The last 30-second TOTP step the app accepted: it refuses a step twice (RFC 6238 §5.2). */
  lastTotpStep: number;
}

const TOTP_STEP_MS = 30_000;

/** The TOTP code for `secret` at `at` (the app's clock, which the journeys may move). */
function totpCode(secret: string, at: Date = new Date()): string {
  return authenticator.clone({ epoch: at.getTime() }).generate(secret);
}

/** The running app's clock (TEST_CLOCK): the one its TOTP check uses, wherever a journey moved it. */
async function appNow(request: APIRequestContext): Promise<Date> {
  const res = await request.get('/api/test/clock');
  if (!res.ok()) throw new Error(`Could not read the app clock: ${res.status()}`);
  return new Date(((await res.json()) as { now: string }).now);
}

/**
 * A code the app accepts now and has not seen: the current step, or the next
 * one (the app allows one step of drift) when the current one was just used.
 * Never waits for a step to pass: a journey that would need a third code within
 * 30 seconds should sign in through the fixtures instead.
 */
export async function freshTotpCode(handler: Handler, request: APIRequestContext): Promise<string> {
  const at = (await appNow(request)).getTime();
  const step = Math.floor(at / TOTP_STEP_MS);
  const use = Math.max(step, handler.lastTotpStep + 1);
  if (use > step + 1)
    throw new Error('No unused TOTP step within the drift the app allows; sign in fewer times');
  handler.lastTotpStep = use;
  return totpCode(handler.totpSecret, new Date(use * TOTP_STEP_MS));
}

const headers = { 'x-requested-with': 'oikeus', 'content-type': 'application/json' };

/** Creates a staff member with the CLI and enrols TOTP through the sign-in API. */
export async function createHandler(
  request: APIRequestContext,
  options: { role?: 'handler' | 'admin' } = {},
): Promise<Handler> {
  const tag = randomUUID().slice(0, 8);
  const handler = {
    email: `kasittelija.${tag}@inope.fi`,
    name: `Käsittelijä ${tag}`,
    password: `e2e-${tag}-correct horse battery`,
  };
  await run(
    'pnpm',
    [
      'dsr',
      'staff',
      'create',
      '--email',
      handler.email,
      '--name',
      handler.name,
      '--role',
      options.role ?? 'handler',
      '--password',
      handler.password,
    ],
    { cwd: repoRoot, env: { ...process.env, ...serverEnv }, timeout: 60_000 },
  );
  const login = await request.post('/api/staff/auth/login', {
    headers,
    data: { email: handler.email, password: handler.password },
  });
  const body = (await login.json()) as { status: string; enrolment?: { secret: string } };
  if (body.status !== 'enrolment_required' || !body.enrolment)
    throw new Error(`Expected TOTP enrolment, got ${login.status()} ${JSON.stringify(body)}`);
  const enrolled: Handler = { ...handler, totpSecret: body.enrolment.secret, lastTotpStep: 0 };
  const confirm = await request.post('/api/staff/auth/enrolment/confirm', {
    headers,
    data: { totp: await freshTotpCode(enrolled, request) },
  });
  if (!confirm.ok())
    throw new Error(`TOTP enrolment failed: ${confirm.status()} ${await confirm.text()}`);
  // Leave the request context signed out: the journey signs in through the console UI.
  await request.post('/api/staff/auth/logout', { headers });
  return enrolled;
}
