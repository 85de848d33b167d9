// Texts shared by the portal and the console.
import type { Translation } from '../../translation';
import type fi from '../fi/common';

export default {
  app: {
    name: 'Oikeus',
    tagline: 'Your data protection rights at Inope Oy',
    titleSuffix: 'Oikeus',
  },
  skipLink: 'Skip to content',
  tableScroll: 'Scrollable table',
  language: {
    label: 'Language',
    changed: 'Language changed to English.',
  },
  loading: 'Loading…',
  saving: 'Saving…',
  retry: 'Try again',
  cancel: 'Cancel',
  back: 'Back',
  close: 'Close',
  yes: 'Yes',
  no: 'No',
  none: 'None',
  notSet: 'Not set',
  optional: '(optional)',
  form: {
    errorSummaryTitle: 'There is a problem',
    requestIdHint: 'If you contact support, quote this identifier: {{requestId}}',
    fileTooLarge: 'The file is too large. The maximum size is {{size}}.',
    choose: 'Choose',
  },
  errors: {
    title: 'Something went wrong',
    notFoundTitle: 'Page not found',
    notFoundBody:
      'There is no page at this address. Check the address or go back to the front page.',
    toFrontPage: 'Go to the front page',
    unexpected: 'The page could not be shown. Please reload it.',
    reload: 'Reload the page',
  },
  requestType: {
    access: 'Access to data',
    rectification: 'Rectification',
    erasure: 'Erasure',
    restriction: 'Restriction of processing',
    objection: 'Objection to direct marketing',
    portability: 'Data portability',
  },
  requestChannel: {
    portal: 'Portal',
    email: 'Email',
    letter: 'Letter',
    phone: 'Phone',
    in_person: 'In person',
    other: 'Other',
  },
  requestStatus: {
    received: 'Received',
    identity_pending: 'Waiting for identity information',
    in_progress: 'In progress',
    completed: 'Completed',
    refused: 'Refused',
    withdrawn: 'Withdrawn',
  },
  register: {
    customer: 'Customer register',
    marketing: 'Marketing and communications register',
  },
  channel: {
    email: 'Email',
    sms: 'Text message',
    phone: 'Phone',
    post: 'Post',
  },
  deadline: {
    daysLeft_one: '{{count}} day left',
    daysLeft_other: '{{count}} days left',
    dueToday: 'Due today',
    overdue_one: 'Overdue by {{count}} day',
    overdue_other: 'Overdue by {{count}} days',
    atRisk: 'At risk',
    paused: 'Deadline paused',
    extended: 'Extended',
  },
} satisfies Translation<typeof fi>;
