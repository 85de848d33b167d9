// Portal: rights requests (namespace `requests`).
import type { Translation } from '../../translation';
import type fi from '../fi/requests';

export default {
  newRequest: {
    title: 'Make a request',
    lead: 'Choose what you want to do. Making a request is free, and we answer within one month.',
    chooseHeading: 'What would you like to do?',
    changeRight: 'Choose another right',
    submit: 'Send request',
    submitting: 'Sending…',
    unknownType: 'There is no such request. Choose a right from the list.',
  },
  form: {
    registers: 'Which register is the request about?',
    registersHint: 'Choose one or both. If you are not sure, choose both.',
    customerRegisterHint: 'Customer relationships, ordered services and billing.',
    marketingRegisterHint:
      'Contact details for marketing, and marketing permissions and prohibitions.',
    note: 'More information',
    noteHint:
      'For example other email addresses or names you have used with us. Do not send your personal identity code.',
    accessInfo: 'When the request has been handled, you can download your data here in the portal.',
    items: 'Details to correct',
    itemsHint: 'Add a row for each detail to correct.',
    itemLegend: 'Correction {{number}}',
    itemField: 'Which detail?',
    itemOtherField: 'Which other detail?',
    itemCurrentValue: 'What it says now',
    itemCurrentValueHint: 'If you know what the register holds now.',
    itemCorrectValue: 'What it should say',
    addItem: 'Add another detail',
    removeItem: 'Remove correction {{number}}',
    itemAdded: 'Correction {{number}} added.',
    itemRemoved: 'Correction removed.',
    itemFieldOption: {
      name: 'Name',
      company: 'Company or organisation',
      street_address: 'Street address',
      postal_code: 'Postal code',
      city: 'Town or city',
      phone: 'Phone number',
      email: 'Email address',
      other: 'Something else',
    },
    erasureReason: 'Why you want erasure',
    erasureReasonHint: 'You do not have to give a reason, but it can speed things up.',
    erasureInfo:
      'The law may require us to keep some data. Under the Accounting Act, accounting vouchers are kept for six years from the end of the year in which the financial year ended. They are not used for anything else and are deleted when that time is up. Our answer tells you what was kept and why.',
    ground: 'On what ground are you asking for restriction?',
    grounds: {
      art18_1_a: {
        label: 'I think my data is inaccurate',
        hint: 'The restriction lasts while we check whether the data is accurate (Article 18(1)(a)).',
      },
      art18_1_b: {
        label: 'The processing is unlawful, but I do not want the data erased',
        hint: 'Article 18(1)(b).',
      },
      art18_1_c: {
        label: 'I need the data to establish, exercise or defend a legal claim',
        hint: 'Even if we no longer need the data ourselves (Article 18(1)(c)).',
      },
      art18_1_d: {
        label: 'I have objected to the processing and am waiting for a decision',
        hint: 'The restriction lasts until it is settled whether our grounds override yours (Article 18(1)(d)).',
      },
    },
    explanation: 'Explanation',
    explanationHint: 'Briefly say which data the restriction is about and why.',
    channels: 'Where do you not want marketing?',
    channelsHint: 'The prohibition takes effect as soon as you send the request.',
    objectionRegisters: 'Which register does the prohibition cover?',
    objectionRegistersHint:
      'The marketing register is chosen for you. Also choose the customer register if you do not want your customer data used for marketing.',
    objectionKind: 'What do you object to?',
    objectionKinds: {
      direct_marketing: {
        label: 'Direct marketing',
        hint: 'We stop marketing on the channels you choose as soon as you send the request. You do not need to give a reason (Article 21(2) and (3)).',
      },
      legitimate_interests: {
        label: 'Other processing of my data based on your legitimate interests',
        hint: 'Tell us what in your particular situation is the reason. We assess it and answer with reasons (Article 21(1)).',
      },
    },
    objectionGrounds: 'Why do you object to the processing?',
    objectionGroundsHint:
      'Say what in your particular situation the objection rests on and which processing it concerns. Do not send your personal identity code.',
    objectionInterestsInfo:
      'We stop the processing unless we have compelling legitimate grounds that override your interests, rights and freedoms, or need the data for legal claims. We tell you our assessment with reasons.',
    objectionInterestsRegistersHint:
      'The customer register is chosen already. Also choose the marketing register if the objection concerns it too.',
    objectionInfo:
      'You always have the right to refuse direct marketing. We do not ask why, and we cannot keep marketing to you after it.',
    portabilityInfo:
      'You get the data you gave us that we process under a contract or your consent, in machine-readable form (JSON and CSV).',
  },
  submitted: {
    title: 'We have received your request',
    reference: 'Reference number',
    referenceHint: 'Quote the reference number if you contact us about the request.',
    receivedAt: 'Received',
    deadline: 'We will answer by',
    deadlineHint:
      'The time limit is one month from the day we received the request. If it ends on a weekend or public holiday, it moves to the next working day.',
    emailSent: 'We have also sent a confirmation to your email.',
    nextHeading: 'What happens next',
    nextCommon1: 'Our handler checks the request and looks for your data in the registers.',
    nextCommon2:
      'If we need more information to confirm who you are, we ask here and by email. The time limit is paused until you answer.',
    nextCommon3:
      'You get an email when the status of your request changes. You can follow it on the My requests page.',
    viewRequest: 'View the request',
    toMyRequests: 'My requests',
  },
  marketingStop: {
    title: 'Direct marketing has stopped',
    stopped:
      'We recorded the marketing prohibition as soon as your request arrived, for these channels: {{channels}}.',
    emailListed:
      'Your verified email address was put on our do-not-market list for these channels, so it will not be used for marketing later either, even if it reaches us another way.',
    contacts_one:
      'The marketing register held {{count}} contact with your address. Its permissions for these channels were changed to prohibitions.',
    contacts_other:
      'The marketing register held {{count}} contacts with your address. Their permissions for these channels were changed to prohibitions.',
    noContacts:
      'The marketing register held no contacts with your address, so nothing there needed changing. The prohibition applies all the same.',
    handler:
      'Our handler still checks whether we hold other data about you, for example under your phone number, and records the prohibition there too.',
    notRecordedTitle: 'Our handler will record the marketing prohibition',
    notRecorded:
      'The prohibition could not be recorded at once because your email address has not been verified. Our handler records it once your request has been checked.',
  },
  objectionAssessment: {
    title: 'We are assessing your objection',
    body: 'The processing of your data does not stop automatically. Our handler assesses your grounds and answers you with reasons by the deadline at the latest. If we have no compelling grounds to continue, we stop the processing.',
  },
  list: {
    title: 'My requests',
    empty: 'You have not made any requests yet.',
    caption: 'Your requests, newest first',
    reference: 'Reference',
    type: 'Request',
    status: 'Status',
    received: 'Received',
    deadline: 'Deadline',
    closedOn: 'Closed {{date}}',
    newRequest: 'Make a new request',
  },
  detail: {
    title: '{{type}} {{reference}}',
    summary: 'Summary',
    status: 'Status',
    reference: 'Reference number',
    registers: 'Registers',
    receivedAt: 'Received',
    deadline: 'Deadline',
    closedAt: 'Closed',
    extended: 'The deadline has been extended. The original deadline was {{date}}.',
    extensionReason: 'Reason for the extension',
    paused: 'The deadline is paused until you answer the question about your identity.',
    pausedDays_one: 'The deadline moved by {{count}} day because of the pause.',
    pausedDays_other: 'The deadline moved by {{count}} days because of the pause.',
    identityHeading: 'We need more information',
    identityHelp:
      'The handler needs more information to confirm who you are. Read the question in the messages below and answer with this form. Do not send a copy of an ID document unless you are specifically asked to.',
    identityAnswer: 'Your answer',
    identitySubmit: 'Send answer',
    identitySent: 'Your answer has been sent. The deadline is running again.',
    resultHeading: 'Answer',
    download: 'Download your data',
    downloadHelp:
      'The download is a ZIP file with your data in machine-readable form and an account of how it is processed.',
    downloadNone: 'No file is available to download right now.',
    downloadFile: 'Download {{file}}',
    downloadAvailableUntil: 'Available until',
    downloadPreparing: 'Preparing the download…',
    partlyRefusedHeading: 'What we did not do, and why',
    refusedHeading: 'We could not carry out your request',
    complaintHelp:
      'If you disagree, you can complain to the Data Protection Ombudsman or go to court.',
    complaintLink: 'Read how to complain',
    whatYouSent: 'What you sent',
    messagesHeading: 'Messages',
    noMessages: 'No messages.',
    fromYou: 'You',
    fromHandler: 'Handler',
    identityAnswerTag: 'Answer to the identity question',
    attachment: 'Attachment',
    // The notice: identity documents are deleted once identity is verified, every file when the request closes.
    attachmentDeleted: {
      identity_verified: 'file deleted once your identity was confirmed',
      request_closed: 'file deleted when the request was closed',
    },
    newMessage: 'Send the handler a message',
    messageBody: 'Message',
    file: 'File',
    fileHint: 'PDF, PNG or JPEG, at most {{size}}.',
    fileType: 'The file must be a PDF, PNG or JPEG.',
    sending: 'Sending…',
    sendMessage: 'Send message',
    messageSent: 'Message sent.',
    timelineHeading: 'Timeline',
    withdrawHeading: 'Withdraw the request',
    withdrawHelp:
      'If you no longer need the request, you can withdraw it. A withdrawn request is not handled further. You can make a new request at any time.',
    withdraw: 'Withdraw request',
    withdrawConfirmTitle: 'Do you really want to withdraw request {{reference}}?',
    withdrawReason: 'Why you are withdrawing',
    withdrawConfirm: 'Yes, withdraw the request',
    withdrawKeep: 'Do not withdraw',
    withdrawn: 'The request has been withdrawn.',
  },
  /** One line per event for the person; every type in the vocabulary has one (GDPR Art. 12(1): clear, plain language). */
  events: {
    submitted: 'Your request was received',
    marketing_prohibited: 'Direct marketing to you was stopped',
    assigned: 'A handler was assigned to your request',
    started: 'Work on your request started',
    identity_info_requested: 'The handler asked for more information about your identity',
    identity_answered: 'You answered the identity question',
    identity_verified: 'Your identity was confirmed',
    internal_note_added: 'The handler made a note',
    records_updated: 'Your records in the registers were identified',
    deadline_extended: 'The deadline for the answer was extended',
    export_compiled: 'A copy of your data was put together',
    result_released: 'Your data is ready to download',
    rectification_applied: 'Your data was corrected',
    erasure_applied: 'Your data was erased',
    restriction_applied: 'Processing of your data was restricted',
    restriction_lift_notice_sent: 'You were told that the restriction of processing will end',
    restriction_lifted: 'The restriction of processing your data ended',
    objection_applied: 'Your objection was put into effect',
    objection_assessed: 'Your objection was assessed and you got an answer with reasons',
    recipient_notified: 'The recipients of your data were told of the change',
    completed: 'Your request was completed',
    refused: 'Your request was refused',
    withdrawn: 'The request was withdrawn',
  },
  /** A stored event from an older version the vocabulary no longer names. */
  eventOther: 'Update',
  sentDetails: {
    note: 'More information',
    reason: 'Reason',
    ground: 'Ground',
    explanation: 'Explanation',
    kind: 'Objection to',
    grounds: 'Grounds',
    channels: 'Channels',
    items: 'Corrections',
    currentValue: 'Now',
    correctValue: 'Correct',
  },
} satisfies Translation<typeof fi>;
