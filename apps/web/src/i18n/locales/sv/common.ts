// Texts shared by the portal and the console.
import type { Translation } from '../../translation';
import type fi from '../fi/common';

export default {
  app: {
    name: 'Oikeus',
    tagline: 'Dina dataskyddsrättigheter hos Inope Oy',
    titleSuffix: 'Oikeus',
  },
  skipLink: 'Hoppa till innehållet',
  tableScroll: 'Rullbar tabell',
  language: {
    label: 'Språk',
    changed: 'Språket ändrades till svenska.',
  },
  loading: 'Laddar…',
  saving: 'Sparar…',
  retry: 'Försök igen',
  cancel: 'Avbryt',
  back: 'Tillbaka',
  close: 'Stäng',
  yes: 'Ja',
  no: 'Nej',
  none: 'Inget',
  notSet: 'Inte angiven',
  optional: '(frivilligt)',
  form: {
    errorSummaryTitle: 'Kontrollera följande',
    requestIdHint: 'Om du kontaktar supporten, uppge denna identifierare: {{requestId}}',
    fileTooLarge: 'Filen är för stor. Maximal storlek är {{size}}.',
    choose: 'Välj',
  },
  errors: {
    title: 'Något gick fel',
    notFoundTitle: 'Sidan hittades inte',
    notFoundBody:
      'Det finns ingen sida på adressen. Kontrollera adressen eller gå tillbaka till startsidan.',
    toFrontPage: 'Till startsidan',
    unexpected: 'Sidan kunde inte visas. Ladda om sidan.',
    reload: 'Ladda om sidan',
  },
  requestType: {
    access: 'Tillgång till uppgifter',
    rectification: 'Rättelse',
    erasure: 'Radering',
    restriction: 'Begränsning av behandling',
    objection: 'Invändning mot direktmarknadsföring',
    portability: 'Dataportabilitet',
  },
  requestChannel: {
    portal: 'Portalen',
    email: 'E-post',
    letter: 'Brev',
    phone: 'Telefon',
    in_person: 'Möte',
    other: 'Annat',
  },
  requestStatus: {
    received: 'Mottagen',
    identity_pending: 'Väntar på identitetsuppgifter',
    in_progress: 'Under behandling',
    completed: 'Klar',
    refused: 'Avslagen',
    withdrawn: 'Återkallad',
  },
  register: {
    customer: 'Kundregistret',
    marketing: 'Marknadsförings- och kommunikationsregistret',
  },
  channel: {
    email: 'E-post',
    sms: 'Sms',
    phone: 'Telefon',
    post: 'Post',
  },
  deadline: {
    daysLeft_one: '{{count}} dag kvar',
    daysLeft_other: '{{count}} dagar kvar',
    dueToday: 'Tidsfristen går ut i dag',
    overdue_one: 'Försenad {{count}} dag',
    overdue_other: 'Försenad {{count}} dagar',
    atRisk: 'I riskzonen',
    paused: 'Tidsfristen är pausad',
    extended: 'Förlängd',
  },
} satisfies Translation<typeof fi>;
