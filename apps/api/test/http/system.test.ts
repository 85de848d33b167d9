import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadEnv } from '../../src/config/env';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

describe.each(testProviders)('system endpoints on %s', (provider) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(provider);
  });
  afterAll(async () => {
    await app.close();
  });

  it('when the database answers, /readyz says ok', async () => {
    const res = await fetch(`${app.url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('when asked, /api/openapi.json is an OpenAPI 3.1 document', async () => {
    const res = await fetch(`${app.url}/api/openapi.json`);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/readyz']).toBeDefined();
  });

  it('when an unknown API path is requested in Swedish, the 404 body is localised and has no stack', async () => {
    const res = await fetch(`${app.url}/api/nothing-here`, {
      headers: { 'accept-language': 'sv-FI,sv;q=0.9' },
    });
    expect(res.status).toBe(404);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('NOT_FOUND');
    expect(body.error.message).toBe('Det du söker hittades inte.');
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts/);
  });

  it('when the body is malformed JSON, the answer is a 400 in Finnish by default', async () => {
    const res = await fetch(`${app.url}/api/anything`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-requested-with': 'oikeus' },
      body: '{"broken": ',
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: 'Tarkista lomakkeen tiedot.',
    });
  });

  it('when a write comes without the client header (a cross-site form), it is refused', async () => {
    const res = await fetch(`${app.url}/api/anything`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'a=1',
    });
    expect(res.status).toBe(403);
  });

  it('when a response is sent, it carries a strict Content-Security-Policy', async () => {
    const res = await fetch(`${app.url}/healthz`);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
  });
});

describe('configuration', () => {
  it('when DATABASE_URL is malformed, start-up names the variable and the problem', () => {
    expect(() => loadEnv({ DATABASE_URL: 'mysql://nope' })).toThrow(ConfigError);
    expect(() => loadEnv({ DATABASE_URL: 'mysql://nope' })).toThrow(
      /DATABASE_URL: must be a SQLite/,
    );
  });

  it('when PUBLIC_URL is not set, emailed links use the port the server listens on (issue #19)', () => {
    expect(loadEnv({ PORT: '3100' }).PUBLIC_URL).toBe('http://localhost:3100');
    expect(loadEnv({}).PUBLIC_URL).toBe('http://localhost:3000');
    expect(loadEnv({ PORT: '3100', PUBLIC_URL: 'https://tietosuoja.inope.fi' }).PUBLIC_URL).toBe(
      'https://tietosuoja.inope.fi',
    );
  });

  it('when the mail transport is unknown, start-up names MAIL_TRANSPORT', () => {
    expect(() => loadEnv({ MAIL_TRANSPORT: 'pigeon' })).toThrow(/MAIL_TRANSPORT/);
  });

  it('when SMTP is chosen without a URL, start-up asks for SMTP_URL', () => {
    expect(() => loadEnv({ MAIL_TRANSPORT: 'smtp' })).toThrow(
      /SMTP_URL: is required when MAIL_TRANSPORT=smtp/,
    );
  });

  it('when several variables are wrong, every one is listed', () => {
    try {
      loadEnv({ PORT: 'abc', CONTROLLER_TIME_ZONE: 'Mars/Olympus', NODE_ENV: 'production' });
      expect.unreachable();
    } catch (error) {
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/PORT/);
      expect(problems).toMatch(/CONTROLLER_TIME_ZONE: is not a known IANA time zone/);
      expect(problems).toMatch(/SESSION_SECRET: is required in production/);
    }
  });

  it('when nothing is set, the embedded defaults are used', () => {
    const env = loadEnv({});
    expect(env.DATABASE_URL).toBe('file:./var/oikeus.db');
    expect(env.MAIL_TRANSPORT).toBe('local');
    expect(env.CONTROLLER_TIME_ZONE).toBe('Europe/Helsinki');
  });
});
