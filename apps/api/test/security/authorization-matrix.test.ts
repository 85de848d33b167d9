// Every route of the API, called as anonymous, as the subject who owns the
// resource, as another subject and as each staff role: only the callers the
// table allows get past authorization; the others get 401, 403 or 404 (404
// for another subject's resource, so ids cannot be probed — GDPR Art. 32).
// The route list comes from the real Express app, so a new route without an
// entry in authorization-table.ts fails here.
import { randomUUID } from 'node:crypto';
import { syncRecordTypes, type StaffRole } from '@oikeus/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { createApiKey } from '../../src/features/register-sync/create-api-key';
import { createEnrolledStaff, signInStaff, type SignedInStaff } from '../support/console-sign-in';
import { compileAs, releaseAs } from '../support/exports-factories';
import { getRequestAs, sampleRequestInputs, submitRequestAs } from '../support/portal-requests';
import {
  anonymousHeaders,
  callApi,
  randomClientIp,
  signUpSubject,
  type PortalSubject,
} from '../support/portal-sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';
import {
  ALLOWED_DEFAULT,
  authorizationTable,
  routeKey,
  type RouteEntry,
} from './authorization-table';
import { listAppRoutes } from './list-app-routes';

type Caller = 'anonymous' | 'owner' | 'otherSubject' | StaffRole | 'apiKey';
const callers: Caller[] = [
  'anonymous',
  'owner',
  'otherSubject',
  'handler',
  'admin',
  'auditor',
  'apiKey',
];
const staffRoles: StaffRole[] = ['handler', 'admin', 'auditor'];

type Expected = { allowed: readonly number[] } | { denied: 401 | 403 | 404 };

/** The rule the matrix enforces, derived from the entry's access. */
function expectationFor(entry: RouteEntry, caller: Caller): Expected {
  const allowed = { allowed: entry.allowedStatuses ?? ALLOWED_DEFAULT };
  const access = entry.access;
  if (access.kind === 'public') return allowed;
  if (caller === 'anonymous') return { denied: 401 };
  // A sync API key is accepted by the sync API and nowhere else; no cookie is accepted there.
  if (access.kind === 'apiKey') return caller === 'apiKey' ? allowed : { denied: 401 };
  if (caller === 'apiKey') return { denied: 401 };
  if (access.kind === 'subject') {
    if (caller === 'owner') return allowed;
    if (caller === 'otherSubject')
      return access.owned ? { denied: entry.otherSubjectDenied ?? 404 } : allowed;
    return { denied: 401 }; // a staff session is not a portal session
  }
  if (caller === 'owner' || caller === 'otherSubject') return { denied: 401 };
  return access.roles.includes(caller) ? allowed : { denied: 403 };
}

const errorCodeOf = { 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND' } as const;

const pdf = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n',
);

describe('the authorization table', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp('sqlite');
  });
  afterAll(() => app.close());

  it('when the app has a route, the table has exactly one entry for it, and every entry is a route of the app', () => {
    // Build with every optional router mounted, so conditional routes are listed too.
    const full = createApp({ ...app.ctx, env: { ...app.ctx.env, TEST_CLOCK: true } });
    const inApp = new Set(listAppRoutes(full).map((r) => routeKey(r.method, r.path)));
    const keys = authorizationTable.map((e) => routeKey(e.method, e.path));
    expect(
      keys.filter((key, i) => keys.indexOf(key) !== i),
      'duplicate entries',
    ).toEqual([]);
    const inTable = new Set(keys);
    expect(
      [...inApp].filter((key) => !inTable.has(key)),
      'routes with no entry',
    ).toEqual([]);
    const optional = new Set(
      authorizationTable.filter((e) => e.mountedWhen).map((e) => routeKey(e.method, e.path)),
    );
    expect(
      [...inTable].filter((key) => !inApp.has(key) && !optional.has(key)),
      'entries for routes that no longer exist',
    ).toEqual([]);
  });

  it('when TEST_CLOCK is off (as production requires), the test clock is not mounted', async () => {
    const res = await callApi(app, 'POST', '/api/test/clock', {
      headers: anonymousHeaders(randomClientIp()),
      body: { now: '2030-01-01T00:00:00.000Z' },
    });
    expect(res.status).toBe(404);
  });
});

describe.each(testProviders)('authorization matrix on %s', (provider) => {
  let app: TestApp;
  let owner: PortalSubject;
  let other: PortalSubject;
  const staff = new Map<StaffRole, SignedInStaff>();
  const params = new Map<string, string>();
  let downloadQuery = '';
  let apiKey = '';

  beforeAll(async () => {
    app = await startTestApp(provider);
    owner = await signUpSubject(app);
    other = await signUpSubject(app);
    for (const role of staffRoles) staff.set(role, await signInStaff(app, role));
    const handler = staff.get('handler') as SignedInStaff;

    // The owner's request, with a message carrying an attachment and a released access package.
    const request = await submitRequestAs(app, owner, sampleRequestInputs.access);
    const data = new FormData();
    data.append('body', 'Liitteenä todistus.');
    data.append('file', new Blob([pdf], { type: 'application/pdf' }), 'todistus.pdf');
    const posted = await callApi<{ message: { attachments: Array<{ id: string }> } }>(
      app,
      'POST',
      `/api/requests/${request.id}/messages`,
      { headers: owner.headers, rawBody: data },
    );
    if (posted.status !== 201) throw new Error(`message answered ${posted.status}`);
    const { version } = await getRequestAs(app, owner, request.id);
    const started = await callApi(app, 'POST', `/api/console/requests/${request.id}/start`, {
      headers: { ...anonymousHeaders(randomClientIp()), cookie: handler.cookie },
      body: { version },
    });
    if (started.status !== 200) throw new Error(`start answered ${started.status}`);
    const compiled = await compileAs(app, handler, request.id);
    // No identity check or register records here: the copy holds the portal's own records (issue #17 override).
    await releaseAs(app, handler, request.id, compiled.id, {
      override: { reason: 'Nothing in the registers; the copy holds the portal records.' },
    });
    const exports = await callApi<{ exports: Array<{ downloadUrl: string | null }> }>(
      app,
      'GET',
      `/api/requests/${request.id}/exports`,
      { headers: owner.headers },
    );
    const url = exports.body.exports[0]?.downloadUrl;
    if (!url) throw new Error('the released package has no download link');
    downloadQuery = url.slice(url.indexOf('?'));

    params.set('id', request.id);
    params.set('attachmentId', posted.body.message.attachments[0]?.id ?? '');
    params.set('exportId', compiled.id);
    params.set('restrictionId', randomUUID());
    params.set('staffId', (await createEnrolledStaff(app, 'handler')).id);
    params.set('recordType', 'customers');
    params.set('handType', 'customers');
    params.set('externalId', `missing-${randomUUID()}`);
    apiKey = (
      await createApiKey(app.ctx, {
        name: 'matrix',
        recordTypes: [...syncRecordTypes],
        access: 'write',
        staffId: handler.id,
      })
    ).key;
  });
  afterAll(() => app.close());

  function urlFor(entry: RouteEntry): string {
    const path = entry.path
      .replace('/api/staff/users/:id', `/api/staff/users/${params.get('staffId')}`)
      .replace('/api/dev/mailbox/:id', `/api/dev/mailbox/${randomUUID()}`)
      .replace(/:(\w+)/g, (_m, name: string) => params.get(name) ?? `missing-${name}`);
    const query = entry.path.endsWith('/download') ? downloadQuery : (entry.query ?? '');
    return path + query;
  }

  async function headersFor(caller: Caller, entry: RouteEntry): Promise<Record<string, string>> {
    if (caller === 'anonymous') return anonymousHeaders(randomClientIp());
    if (caller === 'apiKey') {
      return { ...anonymousHeaders(randomClientIp()), authorization: `Bearer ${apiKey}` };
    }
    if (caller === 'owner' || caller === 'otherSubject') {
      // A call that ends every session of the account gets an account of its own.
      if (entry.endsSession) return (await signUpSubject(app)).headers;
      return (caller === 'owner' ? owner : other).headers;
    }
    // A call that ends the caller's console sessions gets a staff member of its own.
    const cookie = entry.endsSession
      ? (await signInStaff(app, (staff.get(caller) as SignedInStaff).role)).cookie
      : (staff.get(caller) as SignedInStaff).cookie;
    return { ...anonymousHeaders(randomClientIp()), cookie };
  }

  const runnable = authorizationTable.filter((e) => !e.mountedWhen);
  const cases = runnable
    .flatMap((entry) =>
      callers.map((caller) => ({
        entry,
        caller,
        label: routeKey(entry.method, entry.path),
        expected: expectationFor(entry, caller),
      })),
    )
    .map((c) => ({
      ...c,
      outcome:
        'allowed' in c.expected
          ? `allowed (${c.expected.allowed.join('/')})`
          : `${c.expected.denied}`,
    }));

  it.each(cases)('$label as $caller → $outcome', async ({ entry, caller, expected }) => {
    const res = await callApi<{ error?: { code: string } }>(app, entry.method, urlFor(entry), {
      headers: await headersFor(caller, entry),
      ...(entry.method === 'GET' ? {} : { body: entry.body ?? {} }),
    });
    if ('allowed' in expected) {
      expect(expected.allowed, JSON.stringify(res.body).slice(0, 300)).toContain(res.status);
    } else {
      expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(expected.denied);
      expect(res.body.error?.code).toBe(errorCodeOf[expected.denied]);
    }
  });
});
