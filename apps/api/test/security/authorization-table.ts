// Who may call each route of the API. authorization-matrix.test.ts lists the
// routes of the real Express app (createApp) and fails when a route has no
// entry here, or when an entry names a route that no longer exists.
//
// Adding a route: add one line `route('METHOD', '/api/full/:path', access)`
// with the full path exactly as Express registers it (mount path + route
// path, `:params` as written). `access` is one of:
// - PUBLIC — anyone (sign-in, health, published documents);
// - ANY_SUBJECT — a signed-in data subject, acting on their own account only;
// - OWN_SUBJECT — a signed-in data subject, on a resource in the path that
//   must be theirs (another subject gets 404, as for an id that does not exist);
// - a list of staff roles: STAFF_ALL, WRITERS, or e.g. ['admin'];
// - API_KEY — the register sync API: only a sync API key (Authorization:
//   Bearer), never a staff or portal cookie; a key gets 401 everywhere else.
// The matrix probes each route with an empty JSON body, so an allowed write
// normally stops at validation (400) and changes nothing. When an allowed
// caller legitimately gets another status from that probe, list it in
// `allowedStatuses` and say why in `note`.
import type { StaffRole } from '@oikeus/contracts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type Access =
  | { kind: 'public' }
  | { kind: 'subject'; owned: boolean }
  | { kind: 'staff'; roles: readonly StaffRole[] }
  | { kind: 'apiKey' };

export interface RouteEntry {
  method: HttpMethod;
  /** Full Express path, e.g. `/api/requests/:id/withdraw`. */
  path: string;
  access: Access;
  /** Statuses an allowed caller may get from the empty-body probe (default: ALLOWED_DEFAULT). */
  allowedStatuses?: readonly number[];
  /** Query string sent with the probe (required filters). */
  query?: string;
  /**
   * JSON body of the probe (default `{}`). Owned writes send a valid body, so
   * the ownership check, not validation, decides what another subject gets.
   */
  body?: Record<string, unknown>;
  /** What another subject gets on an owned route, when not 404 (say why in `note`). */
  otherSubjectDenied?: 403;
  /** The call ends the caller's session(s): probe it with a throwaway session. */
  endsSession?: boolean;
  /** Mounted only in some configurations; not an error when absent. */
  mountedWhen?: string;
  note?: string;
}

/** What an allowed caller gets from the probe: success, or validation / conflict past the guard. */
export const ALLOWED_DEFAULT = [200, 201, 202, 204, 400, 409] as const;

export const PUBLIC: Access = { kind: 'public' };
export const ANY_SUBJECT: Access = { kind: 'subject', owned: false };
export const OWN_SUBJECT: Access = { kind: 'subject', owned: true };
export const STAFF_ALL: Access = { kind: 'staff', roles: ['handler', 'admin', 'auditor'] };
/** Auditors read everything and write nothing. */
export const WRITERS: Access = { kind: 'staff', roles: ['handler', 'admin'] };
const ADMIN: Access = { kind: 'staff', roles: ['admin'] };
/** The register sync API: API keys only. */
export const API_KEY: Access = { kind: 'apiKey' };

function route(
  method: HttpMethod,
  path: string,
  access: Access,
  extra: Omit<RouteEntry, 'method' | 'path' | 'access'> = {},
): RouteEntry {
  return { method, path, access, ...extra };
}

export const authorizationTable: RouteEntry[] = [
  // System and published documents.
  route('GET', '/healthz', PUBLIC),
  route('GET', '/readyz', PUBLIC),
  route('GET', '/api/openapi.json', PUBLIC),
  route('GET', '/api/register-description', PUBLIC),
  route('GET', '/api/register-description/notice', PUBLIC),
  route('GET', '/api/exports/schema.json', PUBLIC),
  route('GET', '/api/test/clock', PUBLIC, {
    mountedWhen: 'TEST_CLOCK=true (refused in production)',
  }),
  route('POST', '/api/test/clock', PUBLIC, {
    mountedWhen: 'TEST_CLOCK=true (refused in production)',
  }),
  route('POST', '/api/test/staff-users', PUBLIC, {
    mountedWhen: 'TEST_CLOCK=true (refused in production)',
    note: 'End-to-end suite only: makes an enrolled staff member nobody can sign in as otherwise.',
  }),
  route('POST', '/api/test/staff-session', PUBLIC, {
    mountedWhen: 'TEST_CLOCK=true (refused in production)',
    note: 'End-to-end suite only: signs a staff member in without password and TOTP.',
  }),
  route('POST', '/api/test/worker-pass', PUBLIC, {
    mountedWhen: 'TEST_CLOCK=true (refused in production)',
    note: 'End-to-end suite only: one reminder scan and outbox run at the app clock.',
  }),
  route('GET', '/api/dev/mailbox', PUBLIC, {
    note: 'Only with MAIL_TRANSPORT=local (development); with SMTP every call is 404.',
  }),
  route('GET', '/api/dev/mailbox/:id', PUBLIC, {
    allowedStatuses: [404],
    note: 'Probed with an id that does not exist.',
  }),
  route('GET', '/^\\/(?!api\\/|healthz|readyz).*/', PUBLIC, {
    mountedWhen: 'apps/web/dist exists (SPA fallback: serves index.html, never /api)',
  }),

  // Data subject sign-in (passwordless).
  route('POST', '/api/auth/start', PUBLIC),
  route('POST', '/api/auth/verify', PUBLIC),
  route('POST', '/api/auth/sign-out', PUBLIC, {
    endsSession: true,
    note: 'Ends the caller’s own session, if any; needs none.',
  }),
  route('GET', '/api/auth/me', ANY_SUBJECT),
  route('POST', '/api/auth/sign-out-everywhere', ANY_SUBJECT, { endsSession: true }),

  // The subject's own requests (GDPR Art. 12–22).
  route('GET', '/api/requests', ANY_SUBJECT),
  route('POST', '/api/requests', ANY_SUBJECT),
  route('GET', '/api/requests/:id', OWN_SUBJECT),
  route('POST', '/api/requests/:id/messages', OWN_SUBJECT, { body: { body: 'Matriisin koe.' } }),
  route('GET', '/api/requests/:id/attachments/:attachmentId', OWN_SUBJECT),
  route('POST', '/api/requests/:id/withdraw', OWN_SUBJECT, {
    body: { version: 999_999 },
    note: 'A stale version: the owner gets 409 and nothing is withdrawn.',
  }),
  route('GET', '/api/requests/:id/exports', OWN_SUBJECT),
  route('GET', '/api/requests/:id/exports/:exportId/download', OWN_SUBJECT, {
    otherSubjectDenied: 403,
    note: "Probed with the owner's signed link. The signature is bound to the owner's account, so another subject replaying it is refused as an invalid link (403) before any lookup.",
  }),

  // Staff sign-in and staff users.
  route('POST', '/api/staff/auth/login', PUBLIC),
  route('POST', '/api/staff/auth/enrolment/confirm', PUBLIC, {
    allowedStatuses: [401],
    note: 'Needs the enrolment cookie only a password sign-in issues; staff-auth.test.ts covers it.',
  }),
  route('POST', '/api/staff/auth/logout', PUBLIC, {
    endsSession: true,
    note: 'Ends the caller’s own console session, if any; needs none.',
  }),
  route('GET', '/api/staff/auth/session', STAFF_ALL),
  route('GET', '/api/staff/auth/sessions', STAFF_ALL),
  route('POST', '/api/staff/auth/sessions/:id/revoke', STAFF_ALL, {
    allowedStatuses: [404],
    note: 'Probed with an id that is not a session of the caller (sessions-of-others answer 404 too).',
  }),
  route('POST', '/api/staff/auth/sign-out-everywhere', STAFF_ALL, { endsSession: true }),
  route('POST', '/api/staff/auth/password', STAFF_ALL),
  route('POST', '/api/staff/auth/forgot-password', PUBLIC),
  route('POST', '/api/staff/auth/password-link/check', PUBLIC),
  route('POST', '/api/staff/auth/password-link', PUBLIC),
  route('GET', '/api/staff/auth/account', STAFF_ALL),
  route('PATCH', '/api/staff/auth/account', STAFF_ALL),
  route('GET', '/api/staff/users', ADMIN),
  route('POST', '/api/staff/users', ADMIN),
  route('PATCH', '/api/staff/users/:id', ADMIN),
  route('POST', '/api/staff/users/:id/reset-password', ADMIN),
  route('POST', '/api/staff/users/:id/reset-totp', ADMIN),

  // Console: the request queue and workflow.
  route('GET', '/api/console/requests', STAFF_ALL),
  route('GET', '/api/console/requests/:id', STAFF_ALL),
  // Issue #18: a handler logs a request from a letter, email or call; with a JSON
  // body (not multipart) the payload is missing, so the probe stops at 400.
  route('POST', '/api/console/requests', WRITERS),
  route('POST', '/api/console/requests/email-import', WRITERS),
  route('POST', '/api/console/requests/:id/notes', WRITERS),
  route('POST', '/api/console/requests/:id/messages', WRITERS),
  route('GET', '/api/console/requests/:id/attachments/:attachmentId', WRITERS),
  route('POST', '/api/console/requests/:id/assign', WRITERS),
  route('POST', '/api/console/requests/:id/start', WRITERS),
  route('POST', '/api/console/requests/:id/verify-identity', WRITERS),
  route('POST', '/api/console/requests/:id/request-identity-info', WRITERS),
  route('GET', '/api/console/requests/:id/identity-question/preview', STAFF_ALL),
  route('GET', '/api/console/register-search', STAFF_ALL, { query: '?email=nobody@example.fi' }),
  route('POST', '/api/console/requests/:id/records', WRITERS),
  route('GET', '/api/console/requests/:id/audit', STAFF_ALL),
  route('GET', '/api/console/audit', { kind: 'staff', roles: ['admin', 'auditor'] }),
  // Reporting: every role; a handler's figures and log are limited to their own requests.
  route('GET', '/api/console/reports', STAFF_ALL),
  route('GET', '/api/console/reports/request-log', STAFF_ALL),
  route('GET', '/api/console/marketing-audience', WRITERS, { query: '?channel=email' }),

  // Console: register actions (Art. 16–21) — previews change nothing, so every role may call them.
  route('POST', '/api/console/requests/:id/rectification/preview', STAFF_ALL),
  route('POST', '/api/console/requests/:id/rectification', WRITERS),
  route('GET', '/api/console/requests/:id/erasure/preview', STAFF_ALL),
  route('POST', '/api/console/requests/:id/erasure', WRITERS),
  route('POST', '/api/console/requests/:id/restriction/preview', STAFF_ALL),
  route('POST', '/api/console/requests/:id/restriction', WRITERS),
  route('POST', '/api/console/requests/:id/restrictions/:restrictionId/inform', WRITERS, {
    allowedStatuses: [400, 404],
    note: 'Probed with a restriction id that does not exist.',
  }),
  route('POST', '/api/console/requests/:id/restrictions/:restrictionId/lift', WRITERS, {
    allowedStatuses: [400, 404],
    note: 'Probed with a restriction id that does not exist.',
  }),
  route('POST', '/api/console/requests/:id/objection/preview', STAFF_ALL),
  route('POST', '/api/console/requests/:id/objection', WRITERS),
  route('POST', '/api/console/requests/:id/objection/assessment', WRITERS),
  route('GET', '/api/console/requests/:id/extension/preview', STAFF_ALL),
  route('POST', '/api/console/requests/:id/extension', WRITERS),
  route('GET', '/api/console/requests/:id/refusal/preview', STAFF_ALL),
  route('POST', '/api/console/requests/:id/refusal', WRITERS),
  route('GET', '/api/console/requests/:id/completion/preview', STAFF_ALL),
  route('POST', '/api/console/requests/:id/completion', WRITERS),
  route('GET', '/api/console/requests/:id/recipient-notices/suggestions', STAFF_ALL),
  route('POST', '/api/console/requests/:id/recipient-notices', WRITERS),

  // Console: access and portability packages (Art. 15, 20).
  route('GET', '/api/console/requests/:id/exports', STAFF_ALL),
  route('POST', '/api/console/requests/:id/exports', WRITERS),
  route('GET', '/api/console/requests/:id/exports/:exportId/preview', WRITERS),
  route('GET', '/api/console/requests/:id/exports/:exportId/report.html', WRITERS),
  route('POST', '/api/console/requests/:id/exports/:exportId/release', WRITERS),

  // Console: mail outbox (admin).
  route('GET', '/api/console/outbox', ADMIN),
  route('POST', '/api/console/outbox/:id/retry', ADMIN, {
    allowedStatuses: [404],
    note: 'Probed with an id that is not an outbox message.',
  }),

  // Console: admin settings (reminder schedule, mail).
  route('GET', '/api/console/settings', ADMIN),
  route('PUT', '/api/console/settings', ADMIN),

  // Console: register description and its two-yearly review.
  route('GET', '/api/console/register-description', STAFF_ALL),
  route('GET', '/api/console/register-reviews', STAFF_ALL),
  route('POST', '/api/console/register-reviews', ADMIN),

  // Console: sync API keys (admin).
  route('GET', '/api/console/api-keys', ADMIN),
  route('POST', '/api/console/api-keys', ADMIN),
  route('POST', '/api/console/api-keys/:id/revoke', ADMIN, {
    allowedStatuses: [404],
    note: 'Probed with an id that is not an API key.',
  }),

  // Console: what we hold, record history, hand edits (issue #25).
  route('GET', '/api/console/holdings', STAFF_ALL),
  route('GET', '/api/console/records/:recordType/:id', STAFF_ALL, {
    allowedStatuses: [400, 404],
    note: 'Probed with the sync record type and a request id, which are not a console record.',
  }),
  route('POST', '/api/console/records/:handType', WRITERS),
  route('PUT', '/api/console/records/:handType/:id', WRITERS),
  route('POST', '/api/console/records/marketing-contacts/:id/permissions', WRITERS, {
    allowedStatuses: [400, 404],
    note: 'Probed with a request id, which is not a marketing contact.',
  }),

  // Register sync API (API keys only; probed with a write key for every record type).
  route('GET', '/api/registers/v1/:recordType/:externalId', API_KEY, {
    allowedStatuses: [404],
    note: 'Probed with an externalId that is not held.',
  }),
  route('POST', '/api/registers/v1/:recordType/batch', API_KEY),
  route('PUT', '/api/registers/v1/:recordType/:externalId', API_KEY),
  route('DELETE', '/api/registers/v1/:recordType/:externalId', API_KEY, {
    allowedStatuses: [404],
    note: 'Probed with an externalId that is not held.',
  }),
];

export function routeKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path}`;
}
