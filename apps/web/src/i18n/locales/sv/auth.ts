// Portal: sign-up, sign-in and account (namespace `auth`).
import type { Translation } from '../../translation';
import type fi from '../fi/auth';

export default {
  auth: {
    signUpTitle: 'Skapa konto',
    signUpLead:
      'Du behöver ett konto för att göra och följa begäranden. Inget lösenord behövs: vi skickar en engångskod till din e-post.',
    signInTitle: 'Logga in',
    signInLead:
      'Ange e-postadressen du skapade kontot med. Vi skickar en engångskod och en inloggningslänk dit.',
    noAccount: 'Har du inget konto ännu?',
    haveAccount: 'Har du redan ett konto?',
    email: 'E-postadress',
    emailHintSignUp: 'Använd adressen du har använt med oss, så hittar vi dina uppgifter lättare.',
    emailHintSignIn: 'Vi skickar koden till den här adressen.',
    name: 'Namn',
    phone: 'Telefonnummer',
    phoneHint: 'Om du anger numret kan vi också hitta uppgifter som sparats med det.',
    language: 'Kontaktspråk',
    languageHint: 'E-post och svar skickas på detta språk.',
    signUpSubmit: 'Skicka kod',
    signInSubmit: 'Skicka kod',
    sending: 'Skickar…',
    verifyTitle: 'Ange koden',
    verifyLead:
      'Om adressen har ett konto eller om du just skapade ett får du snart ett e-postmeddelande med en sexsiffrig kod och en inloggningslänk.',
    sentTo:
      'Vi skickade meddelandet till {{email}}. Koden gäller i {{minutes}} minuter och fungerar en gång.',
    code: 'Kod',
    codeHint: 'Sex siffror från e-postmeddelandet.',
    verifySubmit: 'Logga in',
    verifying: 'Kontrollerar…',
    noEmail: 'Kom inget meddelande? Kontrollera skräpposten eller be om en ny kod.',
    requestNewCode: 'Be om en ny kod',
    linkTitle: 'Loggar in',
    linkVerifying: 'Inloggningslänken kontrolleras…',
    linkFailedTitle: 'Det gick inte att logga in med länken',
    linkFailedHelp:
      'Länken fungerar en gång och upphör efter 10 minuter. Du kan ange koden från e-postmeddelandet nedan eller be om en ny.',
    devMailboxHint: 'I utvecklingsmiljön skickas ingen e-post: läs koden i utvecklingsbrevlådan.',
  },
  privacyStatement: {
    heading: 'Så behandlar vi dina uppgifter',
    body: 'Inope Oy behandlar ditt namn, din e-postadress och ditt telefonnummer samt uppgifterna i dina begäranden för att kunna hantera dina dataskyddsbegäranden och visa hur de har hanterats. Behandlingen grundar sig på en rättslig förpliktelse (artikel 6.1 c samt artikel 12 och artikel 5.2 i dataskyddsförordningen). Bilagor som du skickar för att styrka din identitet raderas så snart identiteten har konstaterats, och begärandena med sina meddelanden en viss tid efter att de har avslutats.',
    link: 'Läs om lagringstiderna och dina rättigheter i dataskyddsbeskrivningen',
  },
  account: {
    title: 'Mitt konto',
    details: 'Uppgifter',
    signOutHeading: 'Logga ut',
    signOut: 'Logga ut',
    everywhereHeading: 'Logga ut från alla enheter',
    everywhereHelp:
      'Avslutar alla sessioner för ditt konto, även på andra enheter och webbläsare. Använd detta om du har loggat in på en delad dator.',
    signOutEverywhere: 'Logga ut överallt',
    signedOut: 'Du har loggat ut.',
  },
} satisfies Translation<typeof fi>;
