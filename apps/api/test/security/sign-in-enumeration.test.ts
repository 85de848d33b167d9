// Asking for a sign-in code must not tell anyone whether an address has an
// account (DESIGN.md; GDPR Art. 5(1)(f) confidentiality): the same answer,
// no wait on mail delivery, and the same database statements whichever branch
// runs — the deterministic form of "the same time" (timing itself is the
// bench's business, never a test's).
import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setAuthRateLimits } from '../../src/http/auth-rate-limits';
import {
  anonymousHeaders,
  callApi,
  randomClientIp,
  signInMailsFor,
  signUpSubject,
  uniqueEmail,
} from '../support/portal-sign-in';
import { startTestApp, type TestApp } from '../support/test-app';

describe('no account enumeration through sign-in codes', () => {
  let app: TestApp;
  let known: string;
  beforeAll(async () => {
    app = await startTestApp('sqlite');
    setAuthRateLimits(app.ctx, {
      startPerIp: 1e6,
      startPerEmailClient: 1e6,
      startPerEmailDay: 1e6,
    });
    known = (await signUpSubject(app)).email;
  });
  afterAll(() => app.close());

  const start = (email: string, purpose: 'sign_in' | 'sign_up') =>
    callApi(app, 'POST', '/api/auth/start', {
      headers: anonymousHeaders(randomClientIp()),
      body: { purpose, email, ...(purpose === 'sign_up' ? { name: 'Testi', locale: 'fi' } : {}) },
    });

  it('when the address is known or unknown, for sign-in or sign-up, the answer is the same', async () => {
    const answers = [
      await start(known, 'sign_in'),
      await start(uniqueEmail('unknown'), 'sign_in'),
      await start(known, 'sign_up'),
      await start(uniqueEmail('new'), 'sign_up'),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(202);
      expect(answer.body).toEqual(answers[0]?.body);
    }
  });

  it('when the code is requested for a known or an unknown address, the database does the same statements', async () => {
    const statements: string[] = [];
    const prisma = app.ctx.db.prisma as unknown as {
      $on(event: 'query', cb: (e: { query: string }) => void): void;
    };
    let recording = false;
    prisma.$on('query', (e) => {
      if (recording) statements.push(e.query);
    });
    const shapeOf = async (email: string) => {
      statements.length = 0;
      recording = true;
      expect((await start(email, 'sign_in')).status).toBe(202);
      recording = false;
      // Verb and table of each statement; the shared rate-limit counters are not part of the branch.
      return statements
        .map((q) => {
          const table = /(?:FROM|INTO|UPDATE)\s+(?:[`"]main[`"]\.)?[`"](\w+)[`"]/i.exec(q)?.[1];
          return `${q.trim().split(/\s+/)[0]?.toUpperCase()} ${table ?? ''}`.trim();
        })
        .filter((shape) => !shape.includes('RateLimitBucket'));
    };
    const knownShape = await shapeOf(known);
    const unknownShape = await shapeOf(uniqueEmail('unknown'));
    expect(knownShape).toEqual([
      'SELECT Account',
      // One open code per address (issue #20): older codes are closed for every address alike.
      'UPDATE LoginChallenge',
      'INSERT LoginChallenge',
      'INSERT OutboxMessage',
      'COMMIT',
    ]);
    expect(unknownShape).toEqual(knownShape);
  });
});

describe('the code request does not wait on mail delivery', () => {
  let blackHole: Server;
  const sockets: Socket[] = [];
  let app: TestApp;
  beforeAll(async () => {
    // An SMTP server that accepts connections and never answers.
    blackHole = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => blackHole.listen(0, '127.0.0.1', resolve));
    const address = blackHole.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    app = await startTestApp('sqlite', {
      env: { MAIL_TRANSPORT: 'smtp', SMTP_URL: `smtp://127.0.0.1:${address.port}` },
    });
  });
  afterAll(async () => {
    await app.close();
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => blackHole.close(() => resolve()));
  });

  it('when SMTP hangs, the code request still answers at once and the mail waits in the outbox', async () => {
    for (const purpose of ['sign_in', 'sign_up'] as const) {
      const email = uniqueEmail(purpose);
      const res = await callApi(app, 'POST', '/api/auth/start', {
        headers: anonymousHeaders(randomClientIp()),
        body: { purpose, email, ...(purpose === 'sign_up' ? { name: 'Testi', locale: 'fi' } : {}) },
      });
      expect(res.status).toBe(202);
      expect(await signInMailsFor(app, email)).toHaveLength(1);
    }
    // The request path only queues: it never even connected to the mail server.
    expect(sockets).toHaveLength(0);
  });
});
