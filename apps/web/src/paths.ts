// The single route table: every screen's URL pattern and how to build a link to it.
import type { RequestType } from '@oikeus/contracts';

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
  },
} as const;

/** Routes inside the console chunk, relative to /console. */
export const consoleRoutes = {
  signIn: 'sign-in',
  queue: '',
  request: 'requests/:requestId',
  audit: 'audit',
  reports: 'reports',
  yearlySummary: 'reports/summary',
  staff: 'staff',
  housekeeping: 'housekeeping',
  account: 'account',
} as const;
