// Issue #20 point 10: a database that is there but answers nothing (the
// PostgreSQL processes stopped with SIGSTOP; a SQLite file another process
// holds the write lock on) must give a clear 503 — never a request hanging
// until the client gives up — and the app must recover by itself once the
// database answers again. PostgreSQL runs as a throwaway server of this test:
// the shared one is never frozen. No timing is asserted, only the answers.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteFilePath } from '../../src/db/client';
import {
  startThrowawayPostgres,
  type ThrowawayPostgres,
} from '../support/faults-throwaway-postgres';
import { anonymousHeaders, randomClientIp, uniqueEmail } from '../support/portal-sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { isPostgresTested } from '../support/test-database';

/** Far longer than any bounded wait: an answer slower than this is a hang. */
const HANG_MS = 20_000;
const timeouts = { DB_STATEMENT_TIMEOUT_MS: '1000', DB_CONNECT_TIMEOUT_MS: '1000' };

type Outcome = number | 'hang';

async function call(app: TestApp, path: string, body?: unknown): Promise<Outcome> {
  try {
    const res = await fetch(`${app.url}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: anonymousHeaders(randomClientIp()),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(HANG_MS),
    });
    await res.arrayBuffer();
    return res.status;
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError') return 'hang';
    throw error;
  }
}

function signInStart() {
  return { purpose: 'sign_in', email: uniqueEmail('frozen'), locale: 'en' };
}

async function staffSignIn(app: TestApp): Promise<Outcome> {
  return call(app, '/api/staff/auth/login', {
    email: uniqueEmail('staff'),
    password: 'not-the-password-at-all',
  });
}

/** Polls until the app answers `status` again (recovery by itself, no restart). */
async function until(app: TestApp, path: string, status: number, body?: unknown) {
  const deadline = Date.now() + 60_000;
  let last: Outcome = 'hang';
  while (Date.now() < deadline) {
    last = await call(app, path, body);
    if (last === status) return last;
    await new Promise((r) => setTimeout(r, 250));
  }
  return last;
}

describe.skipIf(!isPostgresTested)('a frozen PostgreSQL server', () => {
  let server: ThrowawayPostgres;
  let app: TestApp;
  beforeAll(async () => {
    server = await startThrowawayPostgres();
    app = await startTestApp('postgresql', {
      env: { DATABASE_URL: server.url, ...timeouts },
    });
  }, 120_000);
  afterAll(async () => {
    server?.thaw();
    await app?.close();
    await server?.stop();
  });

  it(
    'when every PostgreSQL process is stopped, readiness, code sign-in and staff sign-in answer 503, and all work again once it resumes',
    { timeout: 180_000 },
    async () => {
      expect(await call(app, '/readyz')).toBe(200);
      expect(await call(app, '/api/auth/start', signInStart())).toBe(202);

      server.freeze();
      try {
        expect(await call(app, '/readyz')).toBe(503);
        expect(await call(app, '/api/auth/start', signInStart())).toBe(503);
        expect(await staffSignIn(app)).toBe(503);
        // Still frozen: a second round is answered the same, nothing piles up into a hang.
        expect(await call(app, '/readyz')).toBe(503);
      } finally {
        server.thaw();
      }

      expect(await until(app, '/readyz', 200)).toBe(200);
      expect(await until(app, '/api/auth/start', 202, signInStart())).toBe(202);
      expect(await staffSignIn(app)).toBe(401);
    },
  );
});

describe('a locked SQLite database', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp('sqlite', { env: timeouts });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('when another process holds the write lock, sign-in answers 503 instead of waiting, and works once the lock is released', async () => {
    expect(await call(app, '/api/auth/start', signInStart())).toBe(202);
    const other = new Database(sqliteFilePath(app.ctx.env.DATABASE_URL));
    other.exec('BEGIN EXCLUSIVE');
    try {
      expect(await call(app, '/api/auth/start', signInStart())).toBe(503);
      expect(await staffSignIn(app)).toBe(503);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(await call(app, '/api/auth/start', signInStart())).toBe(202);
    expect(await call(app, '/readyz')).toBe(200);
  });
});
