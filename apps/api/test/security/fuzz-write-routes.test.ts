// Property-based fuzzing of every write route (POST/PUT/PATCH/DELETE in
// authorization-table.ts), signed in as a caller the route allows: generated
// bodies, query strings, headers and path ids. For every input: no 5xx; a 4xx
// is JSON `{ error: { code, message } }` with the message in the caller's
// language; and a rejected request leaves every table exactly as it was
// (GDPR Art. 5(1)(d) accuracy, Art. 32 integrity). Bulk runs on SQLite, a
// smaller run on PostgreSQL; FUZZ_RUNS scales both.
import { randomUUID } from 'node:crypto';
import {
  syncRecordTypes,
  errorCodes,
  errorMessages,
  isLocale,
  localeFromAcceptLanguage,
  type ErrorCode,
  type Locale,
  type StaffRole,
} from '@oikeus/contracts';
import { generateOpenApiDocument } from '@oikeus/contracts/openapi';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/features/register-sync/create-api-key';
import { setSyncRateLimit } from '../../src/features/register-sync/sync-rate-limit';
import { setAuthRateLimits } from '../../src/http/auth-rate-limits';
import { createEnrolledStaff, signInStaff, type SignedInStaff } from '../support/console-sign-in';
import { createPrivatePostgres, type PrivatePostgres } from '../support/mail-private-postgres';
import { sampleRequestInputs, submitRequestAs } from '../support/portal-requests';
import { signUpSubject, type PortalSubject } from '../support/portal-sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { testDatabaseUrl, type TestProvider, testProviders } from '../support/test-database';
import { authorizationTable, routeKey, type RouteEntry } from './authorization-table';
import { changedTables, createFingerprinter, type Fingerprinter } from './database-fingerprint';
import {
  bodyArbitrary,
  headersArbitrary,
  pathIdArbitrary,
  queryArbitrary,
  type FuzzBody,
  type FuzzHeaders,
  type SchemaNode,
} from './fuzz-arbitraries';

const scale = Number(process.env.FUZZ_RUNS ?? '1');
const runsFor: Record<TestProvider, number> = {
  sqlite: Math.round(120 * scale),
  postgresql: Math.round(15 * scale),
};

/** Tables a request may change even when it is rejected, by design. */
const rateLimitTable = 'RateLimitBucket';
const changesOnReject: Record<string, { tables: string[]; why: string }> = {
  'POST /api/auth/verify': {
    tables: ['LoginChallenge'],
    why: 'a wrong code counts against the challenge (5 tries)',
  },
  'POST /api/staff/auth/login': {
    tables: ['StaffUser', 'AuditEntry'],
    why: 'a wrong password counts towards the account lockout and is audited',
  },
  ...Object.fromEntries(
    [
      'POST /api/registers/v1/:recordType/batch',
      'PUT /api/registers/v1/:recordType/:externalId',
      'DELETE /api/registers/v1/:recordType/:externalId',
    ].map((route) => [
      route,
      {
        tables: ['ApiKey', 'RegisterSyncRun', 'AuditEntry', 'SyncIdempotencyKey'],
        why: 'the key records when it was last used; a record refused at the door (409) is counted in the run log and audited, and its answer is kept for its idempotency key',
      },
    ]),
  ),
};

const writeRoutes = authorizationTable.filter((e) => e.method !== 'GET' && !e.mountedWhen);

type OpenApiOperation = {
  requestBody?: { content?: Record<string, { schema?: SchemaNode }> };
};

const openApi = generateOpenApiDocument('http://localhost') as {
  paths?: Record<string, Record<string, OpenApiOperation>>;
};

/** The JSON body schema the route publishes in the OpenAPI document, if any. */
function requestSchemaOf(entry: RouteEntry): SchemaNode | undefined {
  const path = entry.path.replace(/:(\w+)/g, '{$1}');
  const op = openApi.paths?.[path]?.[entry.method.toLowerCase()];
  return op?.requestBody?.content?.['application/json']?.schema;
}

/** The caller the fuzzer signs in as: one the route allows, admin when it may. */
function callerFor(entry: RouteEntry): 'anonymous' | 'subject' | 'apiKey' | StaffRole {
  if (entry.access.kind === 'public') return 'anonymous';
  if (entry.access.kind === 'subject') return 'subject';
  if (entry.access.kind === 'apiKey') return 'apiKey';
  return entry.access.roles.includes('admin') ? 'admin' : (entry.access.roles[0] as StaffRole);
}

function expectedLocale(h: FuzzHeaders): Locale {
  const cookie = h.langCookie === undefined ? undefined : decodeURIComponent(h.langCookie);
  if (isLocale(cookie)) return cookie;
  return localeFromAcceptLanguage(h.acceptLanguage);
}

describe.each(testProviders)('fuzzing every write route on %s', (provider) => {
  let app: TestApp;
  let privateDb: PrivatePostgres | null = null;
  let fingerprinter: Fingerprinter;
  let subject: PortalSubject;
  let signOutSubject: PortalSubject;
  const staff = new Map<StaffRole, SignedInStaff>();
  const ids: string[] = [];
  const params = new Map<string, string>();
  const prototypeKeysBefore = Object.getOwnPropertyNames(Object.prototype).sort();
  let apiKey = '';

  beforeAll(async () => {
    // A database of its own, so the fingerprint sees only this file's writes.
    privateDb = provider === 'postgresql' ? await createPrivatePostgres() : null;
    const url = privateDb?.url ?? testDatabaseUrl('sqlite');
    app = await startTestApp(provider, { env: { DATABASE_URL: url } });
    setAuthRateLimits(app.ctx, {
      startPerIp: 1e9,
      startPerEmailClient: 1e9,
      startPerEmailDay: 1e9,
      verifyPerIp: 1e9,
      verifyPerEmailClient: 1e9,
      staffLoginPerIp: 1e9,
      staffLoginPerEmail: 1e9,
      submitPerIp: 1e9,
      submitPerAccount: 1e9,
    });
    subject = await signUpSubject(app);
    signOutSubject = await signUpSubject(app);
    for (const role of ['handler', 'admin', 'auditor'] as const)
      staff.set(role, await signInStaff(app, role));
    const request = await submitRequestAs(app, subject, sampleRequestInputs.rectification);
    const other = await createEnrolledStaff(app, 'handler');
    params.set('id', request.id);
    params.set('restrictionId', randomUUID());
    params.set('exportId', randomUUID());
    params.set('staffId', other.id);
    params.set('recordType', 'customers');
    params.set('handType', 'customers');
    params.set('externalId', `fuzz-${randomUUID()}`);
    apiKey = (
      await createApiKey(app.ctx, {
        name: 'fuzz',
        recordTypes: [...syncRecordTypes],
        access: 'write',
        staffId: other.id,
      })
    ).key;
    setSyncRateLimit(app.ctx, { perKey: 1e9 });
    ids.push(request.id, other.id, subject.accountId, ...[...staff.values()].map((s) => s.id));
    fingerprinter = await createFingerprinter(url);
  });
  afterAll(async () => {
    await fingerprinter.close();
    await app.close();
    await privateDb?.drop();
  });

  function headersFor(entry: RouteEntry, h: FuzzHeaders, body: FuzzBody): Record<string, string> {
    const caller = callerFor(entry);
    const cookies: string[] = [];
    if (caller === 'subject')
      cookies.push(entry.endsSession ? signOutSubject.cookie : subject.cookie);
    else if (caller !== 'anonymous' && caller !== 'apiKey')
      cookies.push((staff.get(caller) as SignedInStaff).cookie);
    if (h.langCookie !== undefined) cookies.push(`lang=${h.langCookie}`);
    const headers: Record<string, string> = {
      'content-type': body.kind === 'json' ? 'application/json' : body.contentType,
      'x-forwarded-for': h.forwardedFor ?? '10.9.8.7',
    };
    if (!h.dropCsrfHeader) headers['x-requested-with'] = 'oikeus';
    if (cookies.length > 0) headers.cookie = cookies.join('; ');
    if (caller === 'apiKey') headers.authorization = `Bearer ${apiKey}`;
    if (h.acceptLanguage !== undefined) headers['accept-language'] = h.acceptLanguage;
    if (h.origin !== undefined) headers.origin = h.origin;
    for (const [name, value] of h.extra) headers[name] = value;
    return headers;
  }

  it.each(writeRoutes.map((entry) => ({ entry, label: routeKey(entry.method, entry.path) })))(
    '$label: no 5xx, localised JSON errors, and a rejected request changes nothing',
    async ({ entry, label }) => {
      const schema = requestSchemaOf(entry);
      const idArb = pathIdArbitrary(params.get('id') as string);
      let baseline = await fingerprinter.take();
      const statuses = new Map<number, number>();
      const allowedChanges = new Set([rateLimitTable, ...(changesOnReject[label]?.tables ?? [])]);

      await fc.assert(
        fc.asyncProperty(
          bodyArbitrary(schema, ids),
          queryArbitrary,
          headersArbitrary,
          idArb,
          async (body, query, h, pathId) => {
            const path = entry.path
              .replace('/api/staff/users/:id', `/api/staff/users/${params.get('staffId')}`)
              .replace(':id', pathId)
              .replace(/:(\w+)/g, (_m, name: string) => params.get(name) ?? randomUUID());
            const res = await fetch(`${app.url}${path}${query}`, {
              method: entry.method,
              headers: headersFor(entry, h, body),
              body: body.kind === 'json' ? JSON.stringify(body.value) : body.text,
            });
            const text = await res.text();
            statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
            expect(res.status, text.slice(0, 300)).toBeLessThan(500);
            if (res.status < 400) {
              baseline = await fingerprinter.take();
              return;
            }
            expect(res.headers.get('content-type')).toMatch(/^application\/json/);
            const parsed = JSON.parse(text) as { error?: { code?: string; message?: unknown } };
            const code = parsed.error?.code as ErrorCode;
            expect(errorCodes).toContain(code);
            expect(typeof parsed.error?.message).toBe('string');
            const generic = errorMessages[code];
            if (Object.values(generic).includes(parsed.error?.message as string)) {
              expect(parsed.error?.message).toBe(generic[expectedLocale(h)]);
            }
            const after = await fingerprinter.take();
            const changed = changedTables(baseline, after).filter((t) => !allowedChanges.has(t));
            expect(changed, `${res.status} ${text.slice(0, 200)}`).toEqual([]);
            baseline = after;
          },
        ),
        { numRuns: runsFor[provider], endOnFailure: true },
      );
      if (process.env.FUZZ_STATS)
        process.stdout.write(`${label} ${JSON.stringify([...statuses])}\n`);
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeysBefore);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    },
    120_000,
  );
});
