import { withParams, type ReasonTexts } from './reason-texts';

/** Why a handler's step in the console was refused. */
export const consoleReasons = {
  'console.assigneeInvalid': {
    fi: 'Pyyntöä voi osoittaa vain aktiiviselle käsittelijälle tai pääkäyttäjälle.',
    sv: 'Begäran kan bara tilldelas en aktiv handläggare eller administratör.',
    en: 'A request can only be assigned to an active handler or admin.',
  },
  'console.reportHandlerUnknown': {
    fi: 'Valittua käsittelijää ei löytynyt.',
    sv: 'Den valda handläggaren hittades inte.',
    en: 'The chosen handler was not found.',
  },
  'console.recordNotFound': {
    fi: 'Rekisteritietuetta ei löytynyt. Se on ehkä jo poistettu.',
    sv: 'Registerposten hittades inte. Den kan redan ha raderats.',
    en: 'The register record was not found. It may already have been erased.',
  },
  'console.noConfirmedRecords': {
    fi: 'Vahvista ensin, mitkä rekisteritiedot kuuluvat henkilölle.',
    sv: 'Bekräfta först vilka registerposter som hör till personen.',
    en: "First confirm which register records are the person's.",
  },
  'console.recordNotConfirmed': {
    fi: 'Muutos koskee tietuetta, jota ei ole vahvistettu tämän pyynnön tietueeksi.',
    sv: 'Ändringen gäller en post som inte har bekräftats för den här begäran.',
    en: 'The change is for a record that has not been confirmed for this request.',
  },
  'console.fieldNotOnRecord': {
    fi: 'Tätä kenttää ei ole tämän tyyppisessä tietueessa.',
    sv: 'Det här fältet finns inte i den här typen av post.',
    en: 'This kind of record has no such field.',
  },
  // The queue's `cursor` is the opaque token of the previous page; a broken one cannot be continued.
  'console.cursorInvalid': {
    fi: 'Listan jatkokohta ei kelpaa. Lataa lista alusta.',
    sv: 'Listans fortsättningspunkt är ogiltig. Ladda listan från början.',
    en: 'The point to continue the list from is not valid. Load the list from the start.',
  },
  'identity.notApplicable': {
    fi: 'Henkilöllisyyden voi merkitä tarkistetuksi vain avoimessa pyynnössä.',
    sv: 'Identiteten kan bara markeras som kontrollerad i en öppen begäran.',
    en: 'Identity can be marked as checked only on an open request.',
  },
  'identity.reasonRequired': {
    fi: 'Henkilöllisyys on jo kirjattu tarkistetuksi. Kirjoita, miksi siitä on nyt uutta epäilyä, ennen kuin kysyt lisätietoja.',
    sv: 'Identiteten har redan registrerats som kontrollerad. Skriv varför det nu finns nya tvivel innan du ber om mer information.',
    en: 'The identity has already been recorded as checked. Write why it is in doubt again before asking for more information.',
  },
  'objection.notLegitimateInterests': {
    fi: 'Arvioitavaksi tulee vain vastustaminen, joka koskee oikeutettuun etuun perustuvaa käsittelyä (21 art. 1 kohta). Suoramarkkinointi lopetetaan aina.',
    sv: 'Bara en invändning mot behandling som grundar sig på berättigat intresse (art. 21.1) bedöms. Direktmarknadsföring upphör alltid.',
    en: 'Only an objection to processing based on legitimate interests (Art. 21(1)) is assessed. Direct marketing always stops.',
  },
  'objection.notDirectMarketing': {
    fi: 'Tämä vastustaminen koskee oikeutettuun etuun perustuvaa käsittelyä, ei suoramarkkinointia. Kirjaa arvio (21 art. 1 kohta).',
    sv: 'Den här invändningen gäller behandling som grundar sig på berättigat intresse, inte direktmarknadsföring. Registrera en bedömning (art. 21.1).',
    en: 'This objection is to processing based on legitimate interests, not to direct marketing. Record an assessment (Art. 21(1)).',
  },
  'objection.notInProgress': {
    fi: 'Aloita pyynnön käsittely ennen kuin kirjaat arvion.',
    sv: 'Påbörja behandlingen av begäran innan du registrerar bedömningen.',
    en: 'Start work on the request before recording the assessment.',
  },
  'objection.alreadyAssessed': {
    fi: 'Vastustaminen on jo arvioitu, ja vastaus on lähetetty.',
    sv: 'Invändningen har redan bedömts och svaret har skickats.',
    en: 'The objection has already been assessed and the answer sent.',
  },
  'refusal.objectionNotRefusable': {
    fi: 'Suoramarkkinoinnin vastustamista ei voi hylätä: markkinointi on lopetettava (tietosuoja-asetus 21 art. 2–3 kohta).',
    sv: 'En invändning mot direktmarknadsföring kan inte avslås: marknadsföringen ska upphöra (dataskyddsförordningen art. 21.2–21.3).',
    en: 'An objection to direct marketing cannot be refused: the marketing must stop (GDPR Art. 21(2)–(3)).',
  },
  'refusal.identityNeedsQuestion': {
    fi: 'Henkilöllisyyden perusteella voi kieltäytyä vain, jos lisätietoja on pyydetty eikä vastaus riittänyt (11 art. 2 kohta, 12 art. 2 ja 6 kohta).',
    sv: 'Avslag på grund av identitet är möjligt bara om mer information har begärts och svaret inte räckte (art. 11.2, 12.2 och 12.6).',
    en: 'Refusing on identity is possible only after asking for more information that did not suffice (Art. 11(2), 12(2) and 12(6)).',
  },
  'refusal.identityAlreadyVerified': {
    fi: 'Henkilöllisyys on jo kirjattu vahvistetuksi, joten sen perusteella ei voi kieltäytyä.',
    sv: 'Identiteten har redan registrerats som bekräftad, så avslag på den grunden är inte möjligt.',
    en: 'The identity has already been recorded as confirmed, so it cannot be the ground for a refusal.',
  },
  // Issue #17: a request completes only once its action is recorded, or with a partial refusal.
  'completion.actionMissing': withParams<{
    type: 'access' | 'rectification' | 'erasure' | 'restriction' | 'objection' | 'portability';
  }>({
    fi: ({ type }) =>
      `${
        {
          access: 'Tietopakettia ei ole julkaistu rekisteröidylle.',
          portability: 'Siirrettävää tietopakettia ei ole julkaistu rekisteröidylle.',
          rectification: 'Oikaisua ei ole tehty.',
          erasure: 'Poistoa ei ole tehty.',
          restriction: 'Käsittelyn rajoitusta ei ole kirjattu.',
          objection: 'Vastustamista ei ole pantu täytäntöön.',
        }[type]
      } Pyynnön voi merkitä käsitellyksi vasta sen jälkeen tai kirjaamalla osittaisen epäämisen: mitä jätettiin tekemättä ja millä perusteella.`,
    sv: ({ type }) =>
      `${
        {
          access: 'Inget filpaket har publicerats för den registrerade.',
          portability: 'Inget portabelt filpaket har publicerats för den registrerade.',
          rectification: 'Ingen rättelse har gjorts.',
          erasure: 'Ingen radering har gjorts.',
          restriction: 'Ingen begränsning av behandlingen har registrerats.',
          objection: 'Invändningen har inte verkställts.',
        }[type]
      } Begäran kan avslutas först därefter eller genom att registrera ett delvis avslag: vad som inte gjordes och på vilken grund.`,
    en: ({ type }) =>
      `${
        {
          access: 'No package has been released to the person.',
          portability: 'No portability package has been released to the person.',
          rectification: 'No rectification has been applied.',
          erasure: 'No erasure has been applied.',
          restriction: 'No restriction of processing has been recorded.',
          objection: 'The objection has not been applied.',
        }[type]
      } The request can be completed only after that, or with a partial refusal saying what was not done and on which ground.`,
  }),
  'extension.requestClosed': {
    fi: 'Pyyntö on jo suljettu.',
    sv: 'Begäran är redan stängd.',
    en: 'The request is already closed.',
  },
  'extension.alreadyUsed': {
    fi: 'Määräaikaa on jo jatkettu. Sitä voi jatkaa vain kerran (tietosuoja-asetus 12 art. 3 kohta).',
    sv: 'Tidsfristen har redan förlängts. Den kan förlängas bara en gång (dataskyddsförordningen art. 12.3).',
    en: 'The deadline has already been extended. It can be extended only once (GDPR Art. 12(3)).',
  },
  'extension.tooLate': {
    fi: 'Kuukauden määräaika on jo kulunut. Jatkamisesta on ilmoitettava ensimmäisen kuukauden aikana (12 art. 3 kohta).',
    sv: 'Tidsfristen på en månad har redan gått ut. Förlängningen ska meddelas inom den första månaden (art. 12.3).',
    en: 'The one-month deadline has passed. An extension must be given within the first month (Art. 12(3)).',
  },
  'restriction.notFound': {
    fi: 'Rajoitusta ei löytynyt tästä pyynnöstä, tai se on jo poistettu.',
    sv: 'Begränsningen hittades inte i den här begäran eller har redan hävts.',
    en: 'The restriction was not found on this request, or it has already been lifted.',
  },
  'restriction.informBeforeLift': {
    fi: 'Rekisteröidylle on ilmoitettava ennen rajoituksen poistamista (tietosuoja-asetus 18 art. 3 kohta). Lähetä ilmoitus ensin.',
    sv: 'Den registrerade ska underrättas innan begränsningen hävs (dataskyddsförordningen art. 18.3). Skicka underrättelsen först.',
    en: 'The person must be told before the restriction is lifted (GDPR Art. 18(3)). Send the notice first.',
  },
  'restriction.legalHoldNotLiftable': {
    fi: 'Lakisääteistä säilytystä (kirjanpitoaineisto) ei poisteta käsin; se päättyy säilytysajan umpeuduttua.',
    sv: 'En lagstadgad bevarandeskyldighet (bokföringsmaterial) hävs inte manuellt; den upphör när bevarandetiden löpt ut.',
    en: 'A legal hold (accounting material) is not lifted by hand; it ends when the retention period runs out.',
  },
} as const satisfies Record<string, ReasonTexts>;
