// The single route table: every screen's URL pattern and how to build a link to it.
import type { LinkableRecordType, RequestType } from '@oikeus/contracts';

/** A register record's type as written in console URLs (the API's hand-edit paths). */
const recordSegments = {
  customer: 'customers',
  marketing_contact: 'marketing-contacts',
} as const satisfies Record<LinkableRecordType, string>;

/** The record type of a console URL segment (`customers`, `marketing-contacts`); null when none. */
export function recordTypeOfSegment(segment: string | undefined): LinkableRecordType | null {
  const found = Object.entries(recordSegments).find(([, value]) => value === segment);
  return found ? (found[0] as LinkableRecordType) : null;
}

export const paths = {
  home: '/',
  signUp: '/sign-up',
  signIn: '/sign-in',
  /** The code form, and the emailed link `/sign-in/verify?token=…`. */
  verify: '/sign-in/verify',
  account: '/account',
  privacyNotice: '/privacy-notice',
  newRequest: '/requests/new',
  newRequestOfType: {
    pattern: '/requests/new/:type',
    to: (type: RequestType) => `/requests/new/${type}`,
  },
  myRequests: '/requests',
  request: { pattern: '/requests/:requestId', to: (id: string) => `/requests/${id}` },
  requestSubmitted: {
    pattern: '/requests/:requestId/submitted',
    to: (id: string) => `/requests/${id}/submitted`,
  },
  devMailbox: '/dev/mailbox',
  console: {
    /** Everything under it is the lazily loaded console chunk. */
    root: '/console',
    pattern: '/console/*',
    signIn: '/console/sign-in',
    /** "Forgot password?": asks for a one-time link by mail. */
    forgotPassword: '/console/forgot-password',
    /** Where the invitation and password-reset mails point: `?token=…` (apps/api password-links.ts). */
    setPassword: '/console/set-password',
    queue: '/console',
    request: {
      pattern: '/console/requests/:requestId',
      to: (id: string) => `/console/requests/${id}`,
    },
    audit: '/console/audit',
    reports: '/console/reports',
    yearlySummary: {
      pattern: '/console/reports/summary',
      to: (year: number) => `/console/reports/summary?year=${year}`,
    },
    staff: '/console/staff',
    housekeeping: '/console/housekeeping',
    account: '/console/account',
    /** "What we hold": counts per register and the last import and sync per source. */
    holdings: '/console/holdings',
    record: {
      pattern: '/console/records/:recordType/:recordId',
      to: (type: LinkableRecordType, id: string) =>
        `/console/records/${recordSegments[type]}/${id}`,
    },
    newRecord: {
      pattern: '/console/records/:recordType/new',
      to: (type: LinkableRecordType) => `/console/records/${recordSegments[type]}/new`,
    },
    editRecord: {
      pattern: '/console/records/:recordType/:recordId/edit',
      to: (type: LinkableRecordType, id: string) =>
        `/console/records/${recordSegments[type]}/${id}/edit`,
    },
    recordPermission: {
      pattern: '/console/records/marketing-contacts/:recordId/permission',
      to: (id: string) => `/console/records/marketing-contacts/${id}/permission`,
    },
    apiKeys: '/console/api-keys',
  },
} as const;

/** Routes inside the console chunk, relative to /console. */
export const consoleRoutes = {
  signIn: 'sign-in',
  forgotPassword: 'forgot-password',
  setPassword: 'set-password',
  queue: '',
  request: 'requests/:requestId',
  audit: 'audit',
  reports: 'reports',
  yearlySummary: 'reports/summary',
  staff: 'staff',
  housekeeping: 'housekeeping',
  account: 'account',
  holdings: 'holdings',
  record: 'records/:recordType/:recordId',
  newRecord: 'records/:recordType/new',
  editRecord: 'records/:recordType/:recordId/edit',
  recordPermission: 'records/marketing-contacts/:recordId/permission',
  apiKeys: 'api-keys',
} as const;
