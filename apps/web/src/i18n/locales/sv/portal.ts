// Portal frame, front page, privacy notice and dev mailbox (namespace `portal`).
import type { Translation } from '../../translation';
import type fi from '../fi/portal';

export default {
  nav: {
    label: 'Huvudmeny',
    home: 'Startsida',
    privacyNotice: 'Dataskyddsbeskrivning',
    newRequest: 'Gör en begäran',
    myRequests: 'Mina begäranden',
    account: 'Mitt konto',
    signIn: 'Logga in',
    signUp: 'Skapa konto',
  },
  footer: {
    controller:
      'Personuppgiftsansvarig: Inope Oy. Tjänsten förverkligar dina rättigheter enligt EU:s allmänna dataskyddsförordning.',
    devMailbox: 'Utvecklingsbrevlåda',
    staff: 'Inloggning för personal',
  },
  home: {
    title: 'Dina dataskyddsrättigheter hos Inope Oy',
    lead: 'Här kan du ta reda på vilka personuppgifter Inope Oy behandlar om dig och använda dina rättigheter enligt EU:s dataskyddsförordning.',
    signUp: 'Skapa konto',
    signIn: 'Logga in',
    rightsHeading: 'Vad du kan göra',
    withdrawConsent:
      'Du kan också när som helst återkalla ett samtycke du har gett, till exempel ett tillstånd till marknadsföring. Återkallelsen påverkar inte lagligheten av tidigare behandling.',
    howHeading: 'Så här fungerar det',
    how1: 'Skapa ett konto med din e-postadress. Du får en engångskod, inget lösenord behövs.',
    how2: 'Välj rättighet och ange vilket register begäran gäller.',
    how3: 'Du får genast ett referensnummer och tidsfristen. Vi svarar inom en månad.',
    how4: 'Följ begärans status, skicka meddelanden till handläggaren och ladda ner svaret här.',
    free: 'Begärandena är avgiftsfria. Tidsfristen kan förlängas med två månader bara om begäran är särskilt komplicerad, och du får veta det med motivering inom den första månaden.',
    moreHeading: 'Mer information',
    noticeIntro:
      'I dataskyddsbeskrivningen ser du vilka uppgifter vi samlar in, vad de används till och hur länge de sparas.',
    noticeLink: 'Läs dataskyddsbeskrivningen',
    complaint:
      'Om du anser att dina personuppgifter behandlas olagligt kan du lämna klagomål till dataombudsmannen (tietosuoja.fi).',
  },
  notice: {
    title: 'Dataskyddsbeskrivning',
    contents: 'Innehåll',
    version: 'Version {{version}}',
  },
  mailbox: {
    title: 'Utvecklingsbrevlåda',
    lead: 'När tjänsten använder lokal e-post sparas utgående meddelanden här i stället för att skickas. Här hittar du till exempel din inloggningskod.',
    unavailable: 'Utvecklingsbrevlådan används inte. E-post skickas via en riktig e-postserver.',
    empty: 'Inga meddelanden.',
    filter: 'Visa bara till adressen',
    filterSubmit: 'Filtrera',
    filterClear: 'Visa alla',
    to: 'Mottagare',
    subject: 'Ämne',
    sentAt: 'Tid',
    count_one: '{{count}} meddelande',
    count_other: '{{count}} meddelanden',
  },
  rights: {
    access: {
      title: 'Jag vill se mina uppgifter',
      description:
        'Du får en kopia av dina uppgifter och information om varför och hur de behandlas, varifrån de kommer och hur länge de sparas.',
      article: 'EU:s dataskyddsförordning, artikel 15',
    },
    rectification: {
      title: 'Jag vill rätta mina uppgifter',
      description: 'Vi rättar felaktiga eller inaktuella uppgifter och kompletterar ofullständiga.',
      article: 'EU:s dataskyddsförordning, artikel 16',
    },
    erasure: {
      title: 'Jag vill att mina uppgifter raderas',
      description:
        'Vi raderar dina uppgifter om inte lagen kräver att de sparas. Till exempel sparas verifikat i sex år, men användningen av dem begränsas.',
      article: 'EU:s dataskyddsförordning, artikel 17',
    },
    restriction: {
      title: 'Jag vill begränsa behandlingen av mina uppgifter',
      description:
        'Dina uppgifter sparas men används inte till annat, till exempel medan vi utreder om de är korrekta.',
      article: 'EU:s dataskyddsförordning, artikel 18',
    },
    objection: {
      title: 'Jag invänder mot direktmarknadsföring eller annan behandling av mina uppgifter',
      description:
        'Direktmarknadsföringen slutar vi med i de kanaler du väljer genast när du skickar begäran. Du kan också invända mot annan behandling som grundar sig på vårt berättigade intresse; vi bedömer den och svarar med en motivering.',
      article: 'EU:s dataskyddsförordning, artikel 21',
    },
    portability: {
      title: 'Jag vill flytta mina uppgifter till en annan tjänst',
      description:
        'Du får uppgifterna du har lämnat i maskinläsbart format så att du kan ta dem med dig.',
      article: 'EU:s dataskyddsförordning, artikel 20',
    },
  },
} satisfies Translation<typeof fi>;
