// Portal: sign-up, sign-in and account (namespace `auth`).
import type { Translation } from '../../translation';
import type fi from '../fi/auth';

export default {
  auth: {
    signUpTitle: 'Create an account',
    signUpLead:
      'You need an account to make requests and follow them. There is no password: we email you a one-time code.',
    signInTitle: 'Sign in',
    signInLead:
      'Enter the email address you signed up with. We will send a one-time code and a sign-in link to it.',
    noAccount: 'No account yet?',
    haveAccount: 'Already have an account?',
    email: 'Email address',
    emailHintSignUp: 'Use the address you have used with us, so we can find your data more easily.',
    emailHintSignIn: 'We will send the code to this address.',
    name: 'Name',
    phone: 'Phone number',
    phoneHint: 'If you give it, we can also find data stored under this number.',
    language: 'Language for messages',
    languageHint: 'Emails and answers are sent in this language.',
    signUpSubmit: 'Send code',
    signInSubmit: 'Send code',
    sending: 'Sending…',
    verifyTitle: 'Enter your code',
    verifyLead:
      'If the address has an account, or you just created one, you will soon get an email with a six-digit code and a sign-in link.',
    sentTo:
      'We sent the message to {{email}}. The code is valid for {{minutes}} minutes and works once.',
    code: 'Code',
    codeHint: 'Six digits from the email.',
    verifySubmit: 'Sign in',
    verifying: 'Checking…',
    noEmail: 'No email? Check your spam folder or ask for a new code.',
    requestNewCode: 'Ask for a new code',
    linkTitle: 'Signing you in',
    linkVerifying: 'Checking your sign-in link…',
    linkFailedTitle: 'The link did not sign you in',
    linkFailedHelp:
      'The link works once and expires after 10 minutes. You can enter the code from the email below or ask for a new one.',
    devMailboxHint: 'In development, email is not sent: read the code in the development mailbox.',
  },
  privacyStatement: {
    heading: 'How we handle your details',
    body: 'Inope Oy processes your name, email address and phone number and what your requests contain, in order to handle your data protection requests and to show how they were handled. The legal basis is a legal obligation (Article 6(1)(c) GDPR, with Article 12 and Article 5(2)). Files you send to prove who you are are deleted as soon as your identity is confirmed, and requests with their messages a set time after they are closed.',
    link: 'Read the retention periods and your rights in the privacy notice',
  },
  account: {
    title: 'Your account',
    details: 'Details',
    signOutHeading: 'Sign out',
    signOut: 'Sign out',
    everywhereHeading: 'Sign out on every device',
    everywhereHelp:
      'Ends every session of your account, including on other devices and browsers. Use this if you signed in on a shared computer.',
    signOutEverywhere: 'Sign out everywhere',
    signedOut: 'You have signed out.',
  },
} satisfies Translation<typeof fi>;
