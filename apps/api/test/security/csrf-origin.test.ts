// Issue #20 point 11: the CSRF origin check compares the Origin header with
// PUBLIC_URL only. The Host header is the client's to choose (a proxy passing
// it through, a DNS-rebinding name), so "Origin matches Host" proves nothing.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

/** A raw POST with exactly the Host and Origin given (fetch would not let us set Host). */
function post(app: TestApp, path: string, headers: Record<string, string>) {
  const url = new URL(app.url);
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-requested-with': 'oikeus',
          'x-forwarded-for': '10.9.8.7',
          ...headers,
        },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify({ purpose: 'sign_in', email: 'csrf.probe@example.fi' }));
  });
}

describe.each(testProviders)('CSRF origin check on %s', (provider) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(provider, { env: { PUBLIC_URL: 'https://oikeus.example.fi' } });
  });
  afterAll(() => app.close());

  it('when Origin is another site and the Host header is set to match it, the write is refused', async () => {
    const res = await post(app, '/api/auth/start', {
      host: 'evil.example',
      origin: 'http://evil.example',
    });
    expect(res.status).toBe(403);
    expect(
      await app.ctx.db.prisma.loginChallenge.count({ where: { email: 'csrf.probe@example.fi' } }),
    ).toBe(0);
  });

  it('when Origin is the address of the API itself but not PUBLIC_URL, the write is refused', async () => {
    const host = new URL(app.url).host;
    const res = await post(app, '/api/auth/start', { host, origin: `http://${host}` });
    expect(res.status).toBe(403);
  });

  it('when Origin is PUBLIC_URL, whatever the Host header, the write goes through', async () => {
    const res = await post(app, '/api/auth/start', {
      host: '127.0.0.1',
      origin: 'https://oikeus.example.fi',
    });
    expect(res.status).toBe(202);
  });
});
