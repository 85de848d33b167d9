// The handler for journeys: a staff user written into the e2e database with the
// API's own password hashing (argon2id), then enrolled in TOTP through the
// real sign-in API, so the secret the test holds is the one the app sealed.
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { APIRequestContext } from '@playwright/test';

// The e2e package has no database or crypto dependencies of its own: borrow the API's.
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
const { hash } = apiRequire('@node-rs/argon2') as { hash: (plain: string) => Promise<string> };
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
}

/** The TOTP code for `secret` at `at` (the app's clock, which the journeys may move). */
export function totpCode(secret: string, at: Date = new Date()): string {
  return authenticator.clone({ epoch: at.getTime() }).generate(secret);
}

const headers = { 'x-requested-with': 'oikeus', 'content-type': 'application/json' };

/** Creates an enrolled handler; `now` is the app's clock when enrolling. */
export async function createHandler(
  request: APIRequestContext,
  options: { now?: Date; role?: 'handler' | 'admin' } = {},
): Promise<Handler> {
  const tag = randomUUID().slice(0, 8);
  const handler = {
    email: `kasittelija.${tag}@inope.fi`,
    name: `Käsittelijä ${tag}`,
    password: `e2e-${tag}-correct horse battery`,
  };
  const stamp = new Date().toISOString().replace('Z', '+00:00');
  const db = new Database(E2E_DB);
  try {
    db.prepare(
      `INSERT INTO "StaffUser" ("id","email","name","role","passwordHash","sessionsValidFrom","createdAt","updatedAt")
       VALUES (?,?,?,?,?,?,?,?)`,
    ).run(
      randomUUID(),
      handler.email,
      handler.name,
      options.role ?? 'handler',
      await hash(handler.password),
      // Sessions are valid from the epoch's start so a moved app clock cannot invalidate them.
      '2000-01-01T00:00:00.000+00:00',
      stamp,
      stamp,
    );
  } finally {
    db.close();
  }
  const login = await request.post('/api/staff/auth/login', {
    headers,
    data: { email: handler.email, password: handler.password },
  });
  const body = (await login.json()) as { status: string; enrolment?: { secret: string } };
  if (body.status !== 'enrolment_required' || !body.enrolment)
    throw new Error(`Expected TOTP enrolment, got ${login.status()} ${JSON.stringify(body)}`);
  const totpSecret = body.enrolment.secret;
  const confirm = await request.post('/api/staff/auth/enrolment/confirm', {
    headers,
    data: { totp: totpCode(totpSecret, options.now) },
  });
  if (!confirm.ok())
    throw new Error(`TOTP enrolment failed: ${confirm.status()} ${await confirm.text()}`);
  // Leave the request context signed out: the journey signs in through the console UI.
  await request.post('/api/staff/auth/logout', { headers });
  return { ...handler, totpSecret };
}
