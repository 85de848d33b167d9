// Portal frame, front page, privacy notice and dev mailbox (namespace `portal`).
import type { Translation } from '../../translation';
import type fi from '../fi/portal';

export default {
  nav: {
    label: 'Main menu',
    home: 'Home',
    privacyNotice: 'Privacy notice',
    newRequest: 'Make a request',
    myRequests: 'My requests',
    account: 'Account',
    signIn: 'Sign in',
    signUp: 'Create account',
  },
  footer: {
    controller:
      'Controller: Inope Oy. This service lets you use your rights under the EU General Data Protection Regulation.',
    devMailbox: 'Development mailbox',
    staff: 'Staff sign-in',
  },
  home: {
    title: 'Your data protection rights at Inope Oy',
    lead: 'Here you can find out what personal data Inope Oy holds about you and use your rights under the EU General Data Protection Regulation.',
    signUp: 'Create an account',
    signIn: 'Sign in',
    rightsHeading: 'What you can do',
    withdrawConsent:
      'You can also withdraw any consent you have given, such as permission for marketing, at any time. This does not affect processing that took place before.',
    howHeading: 'How it works',
    how1: 'Create an account with your email address. You get a one-time code; there is no password.',
    how2: 'Choose a right and say which register the request is about.',
    how3: 'You get a reference number and the deadline straight away. We answer within one month.',
    how4: 'Follow the status, exchange messages with the handler and download the answer here.',
    free: 'Requests are free. The deadline can be extended by two months only if a request is particularly complex, and you are told why within the first month.',
    moreHeading: 'More information',
    noticeIntro:
      'The privacy notice tells you what data we collect, what it is used for and how long it is kept.',
    noticeLink: 'Read the privacy notice',
    complaint:
      'If you think your personal data is processed unlawfully, you can complain to the Data Protection Ombudsman (tietosuoja.fi).',
  },
  notice: {
    title: 'Privacy notice',
    contents: 'Contents',
    version: 'Version {{version}}',
  },
  mailbox: {
    title: 'Development mailbox',
    lead: 'When the service uses local mail, outgoing emails are kept here instead of being sent. This is where you find, for example, your sign-in code.',
    unavailable: 'The development mailbox is not in use. Email goes to a real mail server.',
    empty: 'No messages.',
    filter: 'Show only mail to',
    filterSubmit: 'Filter',
    filterClear: 'Show all',
    to: 'To',
    subject: 'Subject',
    sentAt: 'Time',
    count_one: '{{count}} message',
    count_other: '{{count}} messages',
  },
  rights: {
    access: {
      title: 'I want to see my data',
      description:
        'You get a copy of your data and are told why and how it is used, where it came from and how long it is kept.',
      article: 'GDPR Article 15',
    },
    rectification: {
      title: 'I want to correct my data',
      description: 'We correct wrong or outdated details and complete missing ones.',
      article: 'GDPR Article 16',
    },
    erasure: {
      title: 'I want my data erased',
      description:
        'We erase your data unless the law requires us to keep it. Accounting vouchers, for example, are kept for six years, but their use is restricted.',
      article: 'GDPR Article 17',
    },
    restriction: {
      title: 'I want to restrict how my data is used',
      description:
        'Your data is kept but not otherwise used, for example while we check whether it is accurate.',
      article: 'GDPR Article 18',
    },
    objection: {
      title: 'I object to direct marketing or other processing of my data',
      description:
        'We stop direct marketing on the channels you choose as soon as you send the request. You can also object to other processing based on our legitimate interests; we assess it and answer with reasons.',
      article: 'GDPR Article 21',
    },
    portability: {
      title: 'I want to move my data to another service',
      description:
        'You get the data you gave us in a machine-readable format, so you can take it elsewhere.',
      article: 'GDPR Article 20',
    },
  },
} satisfies Translation<typeof fi>;
