import { randomUUID } from 'node:crypto';
import type { StaffRole } from '@oikeus/contracts';
import { generateOpenApiDocument } from '@oikeus/contracts/openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRightsRequest } from '../support/console-factories';
import { callConsole, signInStaff, subjectCookie } from '../support/console-sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

type Principal = 'anonymous' | 'subject' | StaffRole;
const ALL: StaffRole[] = ['handler', 'admin', 'auditor'];
const WRITERS: StaffRole[] = ['handler', 'admin'];

interface Endpoint {
  method: 'GET' | 'POST' | 'PATCH';
  /** OpenAPI path; `{id}` is the request, `{restrictionId}` a restriction, `{staffId}` a staff user. */
  path: string;
  allowed: StaffRole[];
  query?: string;
}

/**
 * Every staff endpoint with the roles allowed on it. Auditors read everything
 * and write nothing; previews change nothing, so every role may call them.
 * Allowed callers send an empty body, so writes stop at validation (400) and
 * nothing changes; the point is that the role check let them through.
 */
const endpoints: Endpoint[] = [
  { method: 'GET', path: '/api/staff/auth/session', allowed: ALL },
  { method: 'POST', path: '/api/staff/auth/password', allowed: ALL },
  { method: 'GET', path: '/api/staff/users', allowed: ['admin'] },
  { method: 'POST', path: '/api/staff/users', allowed: ['admin'] },
  { method: 'PATCH', path: '/api/staff/users/{id}', allowed: ['admin'] },
  { method: 'POST', path: '/api/staff/users/{id}/reset-totp', allowed: ['admin'] },
  { method: 'GET', path: '/api/console/requests', allowed: ALL },
  { method: 'GET', path: '/api/console/requests/{id}', allowed: ALL },
  { method: 'POST', path: '/api/console/requests/{id}/notes', allowed: WRITERS },
  { method: 'POST', path: '/api/console/requests/{id}/assign', allowed: WRITERS },
  { method: 'POST', path: '/api/console/requests/{id}/start', allowed: WRITERS },
  { method: 'POST', path: '/api/console/requests/{id}/verify-identity', allowed: WRITERS },
  { method: 'POST', path: '/api/console/requests/{id}/request-identity-info', allowed: WRITERS },
  {
    method: 'GET',
    path: '/api/console/register-search',
    allowed: ALL,
    query: '?email=nobody@example.fi',
  },
  { method: 'POST', path: '/api/console/requests/{id}/records', allowed: WRITERS },
  { method: 'GET', path: '/api/console/requests/{id}/audit', allowed: ALL },
  { method: 'GET', path: '/api/console/audit', allowed: ['admin', 'auditor'] },
  {
    method: 'GET',
    path: '/api/console/marketing-audience',
    allowed: ['admin', 'handler'],
    query: '?channel=email',
  },
  { method: 'POST', path: '/api/console/requests/{id}/rectification/preview', allowed: ALL },
  { method: 'POST', path: '/api/console/requests/{id}/rectification', allowed: WRITERS },
  { method: 'GET', path: '/api/console/requests/{id}/erasure/preview', allowed: ALL },
  { method: 'POST', path: '/api/console/requests/{id}/erasure', allowed: WRITERS },
  { method: 'POST', path: '/api/console/requests/{id}/restriction/preview', allowed: ALL },
  { method: 'POST', path: '/api/console/requests/{id}/restriction', allowed: WRITERS },
  {
    method: 'POST',
    path: '/api/console/requests/{id}/restrictions/{restrictionId}/inform',
    allowed: WRITERS,
  },
  {
    method: 'POST',
    path: '/api/console/requests/{id}/restrictions/{restrictionId}/lift',
    allowed: WRITERS,
  },
  { method: 'POST', path: '/api/console/requests/{id}/objection/preview', allowed: ALL },
  { method: 'POST', path: '/api/console/requests/{id}/objection', allowed: WRITERS },
  { method: 'GET', path: '/api/console/requests/{id}/extension/preview', allowed: ALL },
  { method: 'POST', path: '/api/console/requests/{id}/extension', allowed: WRITERS },
  { method: 'GET', path: '/api/console/requests/{id}/refusal/preview', allowed: ALL },
  { method: 'POST', path: '/api/console/requests/{id}/refusal', allowed: WRITERS },
  { method: 'GET', path: '/api/console/requests/{id}/completion/preview', allowed: ALL },
  { method: 'POST', path: '/api/console/requests/{id}/completion', allowed: WRITERS },
  { method: 'GET', path: '/api/console/requests/{id}/recipient-notices/suggestions', allowed: ALL },
  { method: 'POST', path: '/api/console/requests/{id}/recipient-notices', allowed: WRITERS },
];

/** Public by design: they are how a staff user gets a session. */
const PUBLIC = new Set([
  'post /api/staff/auth/login',
  'post /api/staff/auth/enrolment/confirm',
  'post /api/staff/auth/logout',
]);

/** Routes other features mount under /api/console; their own tests check their roles. */
const OTHER_FEATURES = ['/api/console/requests/{id}/exports'];

const principals: Principal[] = ['anonymous', 'subject', 'handler', 'admin', 'auditor'];

function expectedStatus(endpoint: Endpoint, who: Principal): 'allowed' | 401 | 403 {
  if (who === 'anonymous' || who === 'subject') return 401;
  return endpoint.allowed.includes(who) ? 'allowed' : 403;
}

describe('staff endpoint table', () => {
  it('when the OpenAPI document lists a staff or console route, the role table covers it', () => {
    const doc = generateOpenApiDocument('http://localhost');
    const documented = Object.entries(doc.paths ?? {})
      .filter(([path]) => path.startsWith('/api/staff') || path.startsWith('/api/console'))
      .filter(([path]) => !OTHER_FEATURES.some((prefix) => path.startsWith(prefix)))
      .flatMap(([path, ops]) => Object.keys(ops as object).map((method) => `${method} ${path}`))
      .filter((key) => !PUBLIC.has(key));
    const table = endpoints.map((e) => `${e.method.toLowerCase()} ${e.path}`);
    expect(new Set(table)).toEqual(new Set(documented));
  });
});

describe.each(testProviders)('role checks on %s', (provider) => {
  let app: TestApp;
  const cookies = new Map<Principal, string | null>();
  let requestId = '';
  beforeAll(async () => {
    app = await startTestApp(provider, { now: new Date('2026-03-02T09:00:00Z') });
    cookies.set('anonymous', null);
    cookies.set('subject', await subjectCookie(app));
    for (const role of ALL) cookies.set(role, (await signInStaff(app, role)).cookie);
    requestId = (await createRightsRequest(app)).id;
  });
  afterAll(() => app.close());

  const cases = endpoints.flatMap((endpoint) =>
    principals.map((who) => ({ endpoint, who, expected: expectedStatus(endpoint, who) })),
  );

  it.each(cases)(
    '$endpoint.method $endpoint.path as $who → $expected',
    async ({ endpoint, who, expected }) => {
      const path =
        endpoint.path
          .replace('{restrictionId}', randomUUID())
          .replace('/api/staff/users/{id}', `/api/staff/users/${randomUUID()}`)
          .replace('{id}', requestId) + (endpoint.query ?? '');
      const res = await callConsole<{ error?: { code: string } }>(app, endpoint.method, path, {
        cookie: cookies.get(who) ?? null,
      });
      if (expected === 'allowed') {
        expect([401, 403]).not.toContain(res.status);
        expect(res.status).toBeLessThan(500);
      } else {
        expect(res.status).toBe(expected);
        expect(res.body.error?.code).toBe(expected === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      }
    },
  );
});
