import type { Locale } from '@oikeus/domain';

type Text = Record<Locale, string>;

/**
 * Every person-readable text of an export package in Finnish, Swedish and
 * English. What the controller says about its processing comes from the
 * register description; these are the package's own words.
 */
export const exportTexts = {
  marker: {
    fi: '[poistettu: toisen henkilön tieto]',
    sv: '[borttaget: uppgift om en annan person]',
    en: '[removed: another person’s data]',
  },
  maskingRule: {
    fi: 'Tiedoista on jätetty pois muiden ihmisten henkilötiedot (tietosuoja-asetuksen 15 artiklan 4 kohta). Henkilöstömme näkyy vain roolinaan. Muiden kuin sinun kirjoittamistasi teksteistä on peitetty henkilökuntamme nimet, muut kuin omat sähköpostiosoitteesi ja puhelinnumerosi sekä rekistereissämme olevien muiden henkilöiden nimet. Laskun laskutusnimi näytetään, kun se on oma nimesi tai yrityksen nimi; muun henkilön nimi ja osoite on peitetty.',
    sv: 'Andra personers personuppgifter har lämnats bort (artikel 15.4 i dataskyddsförordningen). Vår personal visas endast med sin roll. I texter som någon annan än du har skrivit har vi dolt namn på vår personal, e-postadresser och telefonnummer som inte är dina samt namn på andra personer i våra register. Fakturans faktureringsnamn visas när det är ditt eget namn eller ett företags namn; en annan persons namn och adress är dolda.',
    en: 'Other people’s personal data has been left out (Article 15(4) GDPR). Our staff are shown only by their role. In text written by someone other than you, we have hidden our staff’s names, email addresses and phone numbers that are not yours, and the names of other people in our registers. An invoice’s billing name is shown when it is your own name or a company’s name; another person’s name and address are hidden.',
  },
  scope: {
    access: {
      fi: 'Kaikki sinua koskevat tiedot, jotka löytyivät pyytämistäsi rekistereistä, sekä tämän portaalin tiedot pyynnöistäsi: viestit, henkilökunnan muistiinpanot, ilmoitukset vastaanottajille, estolistamerkinnät ja käsittelyloki (tietosuoja-asetuksen 15 artikla).',
      sv: 'Alla uppgifter om dig som vi hittade i de register du frågade om, samt portalens uppgifter om dina begäranden: meddelanden, personalens anteckningar, underrättelser till mottagare, spärrlistan och behandlingsloggen (artikel 15 i dataskyddsförordningen).',
      en: 'All data about you that we found in the registers you asked about, and this portal’s records of your requests: messages, our staff’s notes, notices to recipients, the do-not-market list and the processing log (Article 15 GDPR).',
    },
    portability: {
      fi: 'Tiedot, jotka olet itse antanut meille ja joita käsittelemme automaattisesti sopimuksen tai suostumuksesi perusteella (tietosuoja-asetuksen 20 artikla): asiakastietosi, tilaamasi palvelut muutoksineen sekä suostumukseen perustuvat markkinointitiedot ja -luvat. Laskut, kirjanpitoaineisto ja muut lakisääteisesti säilytettävät tiedot eivät kuulu siirto-oikeuden piiriin; ne saat tarkastuspyynnöllä.',
      sv: 'De uppgifter som du själv har gett oss och som vi behandlar automatiserat på grund av avtal eller ditt samtycke (artikel 20 i dataskyddsförordningen): dina kunduppgifter, de tjänster du har beställt med ändringar samt marknadsföringsuppgifter och samtycken som grundar sig på samtycke. Fakturor, bokföringsmaterial och andra uppgifter som sparas enligt lag omfattas inte av rätten till dataportabilitet; dem får du genom en begäran om tillgång.',
      en: 'The data you gave us yourself and that we process by automated means on the basis of a contract or your consent (Article 20 GDPR): your customer details, the services you ordered with their changes, and consent-based marketing details and permissions. Invoices, accounting records and other data kept because the law requires it are outside the right to data portability; you can get them with an access request.',
    },
  },
} satisfies Record<string, Text | Record<string, Text>>;

export const reportTexts = {
  title: {
    access: {
      fi: 'Sinua koskevat henkilötiedot',
      sv: 'Personuppgifter om dig',
      en: 'Personal data about you',
    },
    portability: {
      fi: 'Siirrettävät tietosi',
      sv: 'Dina uppgifter för dataportabilitet',
      en: 'Your data for transfer',
    },
  },
  subtitle: {
    fi: 'Vastaus pyyntöösi {reference}',
    sv: 'Svar på din begäran {reference}',
    en: 'Answer to your request {reference}',
  },
  compiledAt: { fi: 'Koottu', sv: 'Sammanställd', en: 'Compiled' },
  requestReceived: { fi: 'Pyyntö saapui', sv: 'Begäran kom in', en: 'Request received' },
  contents: { fi: 'Sisällys', sv: 'Innehåll', en: 'Contents' },
  introAccess: {
    fi: 'Tämä raportti on vastauksemme tietojen tarkastamista koskevaan pyyntöösi (EU:n yleisen tietosuoja-asetuksen 15 artikla). Siinä vahvistamme, käsittelemmekö sinua koskevia henkilötietoja, annamme niistä jäljennöksen ja kerromme, miksi ja miten tietoja käsitellään. Ensimmäinen jäljennös on maksuton.',
    sv: 'Den här rapporten är vårt svar på din begäran om tillgång till dina uppgifter (artikel 15 i EU:s allmänna dataskyddsförordning). Vi bekräftar om vi behandlar personuppgifter om dig, ger dig en kopia av dem och berättar varför och hur uppgifterna behandlas. Den första kopian är kostnadsfri.',
    en: 'This report is our answer to your request for access to your data (Article 15 of the EU General Data Protection Regulation). It confirms whether we process personal data about you, gives you a copy of it and explains why and how the data is processed. The first copy is free of charge.',
  },
  introPortability: {
    fi: 'Tämä paketti on vastauksemme pyyntöösi saada tietosi siirrettävässä muodossa (tietosuoja-asetuksen 20 artikla). Tiedosto data.json on jäsennelty ja koneluettava, ja voit antaa sen toiselle palveluntarjoajalle. Sama sisältö on myös CSV-tiedostoina.',
    sv: 'Det här paketet är vårt svar på din begäran att få dina uppgifter i ett format som kan överföras (artikel 20 i dataskyddsförordningen). Filen data.json är strukturerad och maskinläsbar och du kan ge den till en annan tjänsteleverantör. Samma innehåll finns också som CSV-filer.',
    en: 'This package is our answer to your request to receive your data in a portable form (Article 20 GDPR). The file data.json is structured and machine-readable, and you can give it to another provider. The same content is also in the CSV files.',
  },
  files: { fi: 'Paketin tiedostot', sv: 'Filerna i paketet', en: 'Files in this package' },
  fileReport: {
    fi: 'tämä raportti luettavassa muodossa; tulostuu myös paperille',
    sv: 'den här rapporten i läsbar form; den går också att skriva ut',
    en: 'this report in readable form; it also prints well',
  },
  fileData: {
    fi: 'kaikki paketin tiedot koneluettavassa JSON-muodossa. Muodon kuvaus (JSON Schema):',
    sv: 'alla uppgifter i paketet i maskinläsbart JSON-format. Beskrivning av formatet (JSON Schema):',
    en: 'all data in the package in machine-readable JSON. Description of the format (JSON Schema):',
  },
  fileCsv: {
    fi: 'yksi taulukko kutakin tietotyyppiä kohden. Tiedostot ovat UTF-8-muotoisia (BOM-merkillä, jotta Excel näyttää ääkköset oikein), kentät on erotettu pilkulla ja ensimmäisellä rivillä ovat sarakkeiden nimet. Jos Excel näyttää kaiken yhdessä sarakkeessa, avaa tiedosto valinnalla Tiedot → Tekstistä/CSV:stä. Rahasummat ovat sentteinä. Tyhjä solu tarkoittaa, ettei tietoa ole.',
    sv: 'en tabell för varje typ av uppgifter. Filerna är i UTF-8 (med BOM så att Excel visar å, ä och ö rätt), fälten är åtskilda med kommatecken och första raden innehåller kolumnernas namn. Om Excel visar allt i en kolumn, öppna filen med Data → Från text/CSV. Belopp anges i cent. En tom cell betyder att uppgiften saknas.',
    en: 'one table for each type of data. The files are UTF-8 (with a byte order mark so that Excel shows ä, ö and å correctly), fields are separated by commas and the first row names the columns. If Excel shows everything in one column, open the file with Data → From Text/CSV. Amounts are in cents. An empty cell means there is no value.',
  },
  fileManifest: {
    fi: 'luettelo paketin tiedostoista, rivimäärät ja kunkin tiedoston SHA-256-tarkiste, jolla voit varmistaa, ettei tiedostoja ole muutettu',
    sv: 'en förteckning över filerna i paketet, antalet rader och en SHA-256-kontrollsumma för varje fil, så att du kan kontrollera att filerna inte har ändrats',
    en: 'a list of the files in the package, row counts and a SHA-256 checksum of each file, so you can check that no file has been changed',
  },
  fileAttachments: {
    fi: 'viesteihin liittämäsi tai sinulle lähetetyt liitetiedostot',
    sv: 'bilagor som du har fogat till meddelanden eller som har skickats till dig',
    en: 'files attached to messages by you or sent to you',
  },
  confirmation: { fi: 'Vahvistus', sv: 'Bekräftelse', en: 'Confirmation' },
  confirmationFound: {
    fi: 'Käsittelemme sinua koskevia henkilötietoja. Pyytämistäsi rekistereistä tietoja löytyi seuraavista:',
    sv: 'Vi behandlar personuppgifter om dig. I de register du frågade om hittades uppgifter i följande:',
    en: 'We process personal data about you. Of the registers you asked about, data was found in:',
  },
  confirmationNone: {
    fi: 'Emme löytäneet sinua koskevia tietoja rekistereistä, joita pyyntösi koski. Tämän portaalin tiedot pyynnöistäsi ovat alla.',
    sv: 'Vi hittade inga uppgifter om dig i de register som din begäran gällde. Portalens uppgifter om dina begäranden finns nedan.',
    en: 'We found no data about you in the registers your request concerned. This portal’s records of your requests are below.',
  },
  requestedRegisters: {
    fi: 'Pyyntösi koski seuraavia rekistereitä: {registers}.',
    sv: 'Din begäran gällde följande register: {registers}.',
    en: 'Your request concerned these registers: {registers}.',
  },
  otherRegistersNote: {
    fi: 'Tämä vastaus kattaa vain pyytämäsi rekisterit. Jos haluat tietää myös muista rekistereistämme ({registers}), voit pyytää sitä.',
    sv: 'Det här svaret omfattar bara de register du frågade om. Om du också vill veta om våra andra register ({registers}) kan du begära det.',
    en: 'This answer covers only the registers you asked about. If you also want to know about our other registers ({registers}), you can ask.',
  },
  thirdParties: {
    fi: 'Muiden henkilöiden tiedot',
    sv: 'Andra personers uppgifter',
    en: 'Other people’s data',
  },
  yourData: { fi: 'Tietosi', sv: 'Dina uppgifter', en: 'Your data' },
  customerRecord: { fi: 'Asiakastiedot', sv: 'Kunduppgifter', en: 'Customer details' },
  orders: { fi: 'Tilatut palvelut', sv: 'Beställda tjänster', en: 'Ordered services' },
  orderChanges: {
    fi: 'Palveluihin tehdyt muutokset',
    sv: 'Ändringar i tjänsterna',
    en: 'Changes to the services',
  },
  invoices: { fi: 'Laskut', sv: 'Fakturor', en: 'Invoices' },
  invoiceLinesNote: {
    fi: 'Laskujen rivit ({count} kpl) ovat tiedostoissa invoice-lines.csv ja data.json.',
    sv: 'Fakturornas rader ({count} st.) finns i filerna invoice-lines.csv och data.json.',
    en: 'The invoice lines ({count}) are in the files invoice-lines.csv and data.json.',
  },
  marketingContact: {
    fi: 'Markkinoinnin yhteystiedot',
    sv: 'Kontaktuppgifter för marknadsföring',
    en: 'Marketing contact details',
  },
  permissions: {
    fi: 'Voimassa olevat markkinointiluvat ja -kiellot',
    sv: 'Gällande samtycken och förbud för marknadsföring',
    en: 'Current marketing permissions and objections',
  },
  permissionHistory: {
    fi: 'Markkinointilupien ja -kieltojen historia',
    sv: 'Historik över samtycken och förbud för marknadsföring',
    en: 'History of marketing permissions and objections',
  },
  restrictions: {
    fi: 'Käsittelyn rajoitukset',
    sv: 'Begränsningar av behandlingen',
    en: 'Restrictions of processing',
  },
  portal: {
    fi: 'Tietosuojapyyntösi tässä portaalissa',
    sv: 'Dina dataskyddsbegäranden i den här portalen',
    en: 'Your data protection requests in this portal',
  },
  portalPurpose: {
    fi: 'Käsittelemme näitä tietoja, jotta voimme hoitaa tietosuojaoikeuksiasi koskevat pyyntösi ja osoittaa, miten ne on hoidettu (tietosuoja-asetuksen 12–22 artikla). Oikeusperuste on lakisääteisen velvoitteen noudattaminen (6 artiklan 1 kohdan c alakohta).',
    sv: 'Vi behandlar dessa uppgifter för att kunna hantera dina begäranden om dina dataskyddsrättigheter och visa hur de har hanterats (artiklarna 12–22 i dataskyddsförordningen). Den rättsliga grunden är rättslig förpliktelse (artikel 6.1 c).',
    en: 'We process this data to handle your requests about your data protection rights and to show how they were handled (Articles 12–22 GDPR). The legal basis is compliance with a legal obligation (Article 6(1)(c)).',
  },
  account: { fi: 'Käyttäjätilisi', sv: 'Ditt konto', en: 'Your account' },
  requests: { fi: 'Pyynnöt', sv: 'Begäranden', en: 'Requests' },
  events: { fi: 'Pyyntöjen vaiheet', sv: 'Begärandenas skeden', en: 'Steps of your requests' },
  messages: { fi: 'Viestit', sv: 'Meddelanden', en: 'Messages' },
  attachments: { fi: 'Liitteet', sv: 'Bilagor', en: 'Attachments' },
  noRows: { fi: 'Ei tietoja.', sv: 'Inga uppgifter.', en: 'None.' },
  you: { fi: 'Sinä', sv: 'Du', en: 'You' },
  staff: {
    fi: 'Rekisterinpitäjän henkilökunta',
    sv: 'Den personuppgiftsansvariges personal',
    en: 'The controller’s staff',
  },
  system: { fi: 'Järjestelmä', sv: 'Systemet', en: 'The system' },
  identityAnswer: {
    fi: 'vastaus henkilöllisyyttä koskevaan kysymykseen',
    sv: 'svar på fråga om identitet',
    en: 'answer to an identity question',
  },
  information: {
    fi: 'Tietoa henkilötietojesi käsittelystä',
    sv: 'Information om behandlingen av dina personuppgifter',
    en: 'About the processing of your personal data',
  },
  informationIntro: {
    fi: 'Tietosuoja-asetuksen 15 artiklan 1 ja 2 kohdan mukaiset tiedot rekistereistä, joita pyyntösi koski.',
    sv: 'Information enligt artikel 15.1 och 15.2 i dataskyddsförordningen om de register som din begäran gällde.',
    en: 'The information required by Article 15(1) and (2) GDPR about the registers your request concerned.',
  },
  art15: {
    a: {
      fi: 'Käsittelyn tarkoitukset ja oikeusperusteet',
      sv: 'Ändamål med behandlingen och rättslig grund',
      en: 'Purposes of the processing and legal bases',
    },
    b: {
      fi: 'Henkilötietoryhmät',
      sv: 'Kategorier av personuppgifter',
      en: 'Categories of personal data',
    },
    c: {
      fi: 'Vastaanottajat ja siirrot EU:n ja ETA:n ulkopuolelle',
      sv: 'Mottagare och överföringar utanför EU och EES',
      en: 'Recipients and transfers outside the EU and EEA',
    },
    d: {
      fi: 'Säilytysajat',
      sv: 'Lagringstider',
      en: 'How long the data is kept',
    },
    e: {
      fi: 'Oikeutesi',
      sv: 'Dina rättigheter',
      en: 'Your rights',
    },
    f: {
      fi: 'Oikeus tehdä valitus valvontaviranomaiselle',
      sv: 'Rätt att lämna klagomål till tillsynsmyndigheten',
      en: 'Right to lodge a complaint with the supervisory authority',
    },
    g: {
      fi: 'Mistä tiedot on saatu',
      sv: 'Varifrån uppgifterna kommer',
      en: 'Where the data came from',
    },
    h: {
      fi: 'Automaattinen päätöksenteko ja profilointi',
      sv: 'Automatiserat beslutsfattande och profilering',
      en: 'Automated decision-making and profiling',
    },
  },
  articleRef: {
    fi: 'tietosuoja-asetuksen 15 artiklan 1 kohdan {letter} alakohta',
    sv: 'artikel 15.1 {letter} i dataskyddsförordningen',
    en: 'Article 15(1)({letter}) GDPR',
  },
  transfers: {
    fi: 'Siirrot EU:n ja ETA:n ulkopuolelle ja suojatoimet (15 artiklan 2 kohta)',
    sv: 'Överföringar utanför EU och EES och skyddsåtgärder (artikel 15.2)',
    en: 'Transfers outside the EU and EEA and safeguards (Article 15(2))',
  },
  retentionGeneral: {
    fi: 'Säilytysajan säännöt',
    sv: 'Regler för lagringstid',
    en: 'Retention rules',
  },
  retentionYours: {
    fi: 'Sinun tietojesi säilytys',
    sv: 'Hur länge dina uppgifter sparas',
    en: 'How long your records are kept',
  },
  retentionDeletableFrom: {
    fi: 'Voidaan poistaa {date} alkaen',
    sv: 'Kan raderas från och med {date}',
    en: 'May be deleted from {date}',
  },
  retentionOngoing: {
    fi: 'Säilytetään asiakassuhteen ajan; poistopäivä määräytyy, kun asiakassuhde päättyy',
    sv: 'Sparas så länge kundrelationen pågår; raderingsdagen bestäms när kundrelationen upphör',
    en: 'Kept while the customer relationship lasts; the deletion date is set when it ends',
  },
  retentionKeptRestricted: {
    fi: 'Säilytysaika on päättynyt, mutta käsittelyn rajoitus edellyttää tietojen säilyttämistä',
    sv: 'Lagringstiden har gått ut, men begränsningen av behandlingen kräver att uppgifterna sparas',
    en: 'The retention period is over, but a restriction of processing requires keeping the data',
  },
  portalRetentionYours: {
    fi: 'Pyyntöjesi säilytys tässä portaalissa',
    sv: 'Hur länge dina begäranden sparas i den här portalen',
    en: 'How long your requests are kept in this portal',
  },
  portalRetentionClosed: {
    fi: 'Suljettu {closed}. Poistetaan viesteineen, muistiinpanoineen ja tietopaketteineen {date} alkaen.',
    sv: 'Avslutad {closed}. Raderas med sina meddelanden, anteckningar och datapaket från och med {date}.',
    en: 'Closed on {closed}. Deleted with its messages, notes and data packages from {date}.',
  },
  portalRetentionOpen: {
    fi: 'Käsittely on kesken. Poistetaan {years} vuoden kuluttua siitä, kun pyyntö suljetaan.',
    sv: 'Handläggningen pågår. Raderas {years} år efter att begäran har avslutats.',
    en: 'Still being handled. Deleted {years} years after the request is closed.',
  },
  portalRetentionFiles: {
    fi: 'Liitteet: {deleted} poistettu, {held} tallessa; tallessa olevat poistetaan viimeistään, kun pyyntö suljetaan.',
    sv: 'Bilagor: {deleted} raderade, {held} kvar; de som finns kvar raderas senast när begäran avslutas.',
    en: 'Files: {deleted} deleted, {held} held; those held are deleted when the request is closed at the latest.',
  },
  sourcesYours: {
    fi: 'Kunkin tietueen lähde on merkitty tietojen yhteyteen yllä. Yhteenveto:',
    sv: 'Källan till varje post anges ovan vid uppgifterna. Sammanfattning:',
    en: 'The source of each record is shown with the data above. In summary:',
  },
  sourcesGeneral: {
    fi: 'Rekisteriselosteen mukaiset tietolähteet',
    sv: 'Källor enligt registerbeskrivningen',
    en: 'Sources named in the privacy notice',
  },
  rightsIntro: {
    fi: 'Sinulla on oikeus pyytää tietojesi oikaisemista (16 artikla) ja poistamista (17 artikla), käsittelyn rajoittamista (18 artikla) sekä vastustaa käsittelyä (21 artikla). Kaikki oikeutesi:',
    sv: 'Du har rätt att begära rättelse (artikel 16) och radering (artikel 17) av dina uppgifter och begränsning av behandlingen (artikel 18) samt att invända mot behandlingen (artikel 21). Alla dina rättigheter:',
    en: 'You have the right to ask for rectification (Article 16) and erasure (Article 17) of your data and restriction of processing (Article 18), and to object to processing (Article 21). All your rights:',
  },
  controller: { fi: 'Rekisterinpitäjä', sv: 'Personuppgiftsansvarig', en: 'Controller' },
  contactPerson: {
    fi: 'Yhteyshenkilö',
    sv: 'Kontaktperson',
    en: 'Contact person',
  },
  registerNotFound: {
    fi: 'Tästä rekisteristä ei löytynyt sinua koskevia tietoja.',
    sv: 'Inga uppgifter om dig hittades i detta register.',
    en: 'No data about you was found in this register.',
  },
  // Art. 20(1): a portability file says when a register holds data outside the right, and why.
  outOfScope: {
    fi: 'Tässä rekisterissä on sinusta tietoja, jotka eivät kuulu siirto-oikeuden piiriin, joten ne eivät ole tässä paketissa ({records}).',
    sv: 'Det här registret innehåller uppgifter om dig som inte omfattas av rätten till dataportabilitet, och därför finns de inte i det här paketet ({records}).',
    en: 'This register holds data about you that falls outside the right to data portability, so it is not in this package ({records}).',
  },
  outOfScopeMore: {
    fi: 'Lisäksi tässä rekisterissä on sinusta tietoja, jotka eivät kuulu siirto-oikeuden piiriin, joten ne eivät ole tässä paketissa ({records}).',
    sv: 'Det här registret innehåller dessutom uppgifter om dig som inte omfattas av rätten till dataportabilitet, och därför finns de inte i det här paketet ({records}).',
    en: 'This register also holds data about you that falls outside the right to data portability, so it is not in this package ({records}).',
  },
  outOfScopeWhy: {
    fi: 'Siirto-oikeus koskee vain tietoja, jotka olet itse antanut meille ja joita käsittelemme automaattisesti suostumuksesi tai kanssasi tehdyn sopimuksen perusteella (tietosuoja-asetuksen 20 artiklan 1 kohta).',
    sv: 'Rätten till dataportabilitet gäller bara uppgifter som du själv har gett oss och som vi behandlar automatiserat på grund av ditt samtycke eller ett avtal med dig (artikel 20.1 i dataskyddsförordningen).',
    en: 'The right covers only data you gave us yourself and that we process by automated means on the basis of your consent or a contract with you (Article 20(1) GDPR).',
  },
  outOfScopeCustomer: {
    fi: 'Nämä asiakastiedot on saatu muualta kuin sinulta, esimerkiksi julkisesta lähteestä, tai ne on jo anonymisoitu.',
    sv: 'De här kunduppgifterna kommer från någon annan än dig, till exempel en offentlig källa, eller har redan anonymiserats.',
    en: 'These customer details came from somewhere other than you, for example a public source, or have already been anonymised.',
  },
  outOfScopeMarketing: {
    fi: 'Markkinointitiedot kuuluvat siirto-oikeuden piiriin vain, kun ne perustuvat suostumukseesi ja olet antanut ne itse. Näitä yhteystietoja käsitellään oikeutetun edun perusteella (esimerkiksi markkinointikiellon noudattamiseksi), tai ne on saatu muualta kuin sinulta.',
    sv: 'Marknadsföringsuppgifter omfattas av rätten bara när de grundar sig på ditt samtycke och du själv har gett dem. De här kontaktuppgifterna behandlas på grund av vårt berättigade intresse (till exempel för att respektera ett förbud mot marknadsföring) eller kommer från någon annan än dig.',
    en: 'Marketing details fall within the right only when they rest on your consent and you gave them yourself. These contact details are processed on our legitimate interests (for example to honour a marketing prohibition) or came from somewhere other than you.',
  },
  outOfScopeAccess: {
    fi: 'Saat nämäkin tiedot tarkastuspyynnöllä (tietosuoja-asetuksen 15 artikla).',
    sv: 'Även dessa uppgifter får du genom en begäran om tillgång (artikel 15 i dataskyddsförordningen).',
    en: 'You can get this data too with an access request (Article 15 GDPR).',
  },
  source: { fi: 'Lähde', sv: 'Källa', en: 'Source' },
  sourceDetail: { fi: 'Lähteen tarkenne', sv: 'Källan närmare', en: 'Source in detail' },
  purposesNone: {
    fi: 'Rekistereistämme ei löytynyt sinua koskevia tietoja, joten niiden käsittelytarkoitukset eivät koske sinua. Portaalin tietoja käsitellään edellä kerrotussa tarkoituksessa.',
    sv: 'Inga uppgifter om dig hittades i våra register, så deras ändamål gäller inte dig. Portalens uppgifter behandlas för det ändamål som anges ovan.',
    en: 'No data about you was found in our registers, so their purposes do not apply to you. The portal’s records are processed for the purpose stated above.',
  },
  purposesYours: {
    fi: 'Tarkoitukset, joihin sinun tietojasi käsitellään, ja niiden oikeusperusteet:',
    sv: 'De ändamål för vilka dina uppgifter behandlas och deras rättsliga grund:',
    en: 'The purposes for which your data is processed, and their legal bases:',
  },
  categoriesYours: {
    fi: 'Sinusta käsiteltävät tietoryhmät:',
    sv: 'De kategorier av uppgifter om dig som behandlas:',
    en: 'The categories of data about you that we process:',
  },
  portalCategories: {
    fi: 'Tämän portaalin tiedot: käyttäjätili, pyynnöt, viestit, liitteet, henkilöllisyyden tarkistus ja käsittelyloki.',
    sv: 'Portalens uppgifter: konto, begäranden, meddelanden, bilagor, identitetskontroll och behandlingslogg.',
    en: 'This portal’s records: account, requests, messages, attachments, identity check and processing log.',
  },
  recipientsYours: {
    fi: 'Vastaanottajat ja henkilötietojen käsittelijät rekistereissä, joissa tietojasi on:',
    sv: 'Mottagare och personuppgiftsbiträden i de register där dina uppgifter finns:',
    en: 'Recipients and processors of the registers that hold your data:',
  },
  recipientsNone: {
    fi: 'Rekistereille, joissa tietojasi on, ei ole nimetty vastaanottajia.',
    sv: 'Inga mottagare har angetts för de register där dina uppgifter finns.',
    en: 'No recipients are named for the registers that hold your data.',
  },
  recipientsNotified: {
    fi: 'Vastaanottajat, joille olemme ilmoittaneet tietojesi oikaisusta, poistosta tai käsittelyn rajoittamisesta (19 artikla)',
    sv: 'Mottagare som vi har underrättat om rättelse, radering eller begränsning av dina uppgifter (artikel 19)',
    en: 'Recipients we told of a correction, erasure or restriction of your data (Article 19)',
  },
  recipientsGeneral: {
    fi: 'Milloin tietoja voidaan luovuttaa',
    sv: 'När uppgifter kan lämnas ut',
    en: 'When data may be disclosed',
  },
  internalNotes: {
    fi: 'Henkilökuntamme muistiinpanot pyynnöistäsi',
    sv: 'Vår personals anteckningar om dina begäranden',
    en: 'Our staff’s notes about your requests',
  },
  internalNotesIntro: {
    fi: 'Sinua koskevat arviot ja huomiot ovat henkilötietojasi (EU:n tuomioistuin C-434/16 Nowak). Muistiinpano jätetään pois vain kirjatulla oikeudellisella perusteella, joka kerrotaan.',
    sv: 'Bedömningar och kommentarer om dig är dina personuppgifter (EU-domstolen C-434/16 Nowak). En anteckning utelämnas bara på en registrerad rättslig grund, som anges.',
    en: 'Assessments and comments about you are your personal data (CJEU C-434/16 Nowak). A note is left out only on a recorded legal ground, which is stated.',
  },
  noteWithheld: {
    fi: 'Muistiinpano jätetty pois: {ground}',
    sv: 'Anteckningen utelämnad: {ground}',
    en: 'Note left out: {ground}',
  },
  identityChecked: {
    fi: 'Henkilöllisyys tarkistettu',
    sv: 'Identiteten kontrollerad',
    en: 'Identity checked',
  },
  auditLog: {
    fi: 'Milloin ja mihin tarkoitukseen tietojasi on käytetty',
    sv: 'När och för vilket ändamål dina uppgifter har använts',
    en: 'When and for what purpose your data was used',
  },
  auditLogIntro: {
    fi: 'Lokimerkinnät sinun pyynnöistäsi, tietueistasi ja käyttäjätilistäsi: päivämäärä, toimenpide ja tarkoitus. Henkilökunta näkyy vain roolinaan (EU:n tuomioistuin C-579/21).',
    sv: 'Loggposter om dina begäranden, dina poster och ditt konto: datum, åtgärd och ändamål. Personalen visas endast med sin roll (EU-domstolen C-579/21).',
    en: 'Log entries about your requests, your records and your account: date, action and purpose. Staff are shown by role only (CJEU C-579/21).',
  },
  action: { fi: 'Toimenpide', sv: 'Åtgärd', en: 'Action' },
  purpose: { fi: 'Tarkoitus', sv: 'Ändamål', en: 'Purpose' },
  suppressions: {
    fi: 'Suoramarkkinoinnin estolista',
    sv: 'Spärrlista för direktmarknadsföring',
    en: 'Do-not-market list',
  },
  suppressionsIntro: {
    fi: 'Seuraavat yhteystietosi ovat estolistallamme, jotta niitä ei käytetä markkinointiin (21 artiklan 3 kohta). Listalla on vain tunnisteesta laskettu tiiviste, ei itse yhteystietoa.',
    sv: 'Följande kontaktuppgifter om dig finns på vår spärrlista så att de inte används för marknadsföring (artikel 21.3). Listan innehåller bara en kontrollsumma, inte själva uppgiften.',
    en: 'These contact details of yours are on our do-not-market list so that they are not used for marketing (Article 21(3)). The list holds only a keyed hash, not the detail itself.',
  },
  portalSource: { fi: 'Tämä portaali', sv: 'Den här portalen', en: 'This portal' },
  masked: { fi: 'peitetty', sv: 'dold', en: 'hidden' },
} satisfies Record<string, Text | Record<string, Text>>;

/** Column labels shown in report.html (CSV and JSON use the English field names). */
export const fieldTexts = {
  firstName: { fi: 'Etunimi', sv: 'Förnamn', en: 'First name' },
  lastName: { fi: 'Sukunimi', sv: 'Efternamn', en: 'Last name' },
  name: { fi: 'Nimi', sv: 'Namn', en: 'Name' },
  company: {
    fi: 'Yritys tai organisaatio',
    sv: 'Företag eller organisation',
    en: 'Company or organisation',
  },
  streetAddress: { fi: 'Katuosoite', sv: 'Gatuadress', en: 'Street address' },
  postalCode: { fi: 'Postinumero', sv: 'Postnummer', en: 'Postal code' },
  city: { fi: 'Postitoimipaikka', sv: 'Postort', en: 'City' },
  country: { fi: 'Maa', sv: 'Land', en: 'Country' },
  phone: { fi: 'Puhelin', sv: 'Telefon', en: 'Phone' },
  email: { fi: 'Sähköposti', sv: 'E-post', en: 'Email' },
  relationshipStartedOn: {
    fi: 'Asiakassuhde alkoi',
    sv: 'Kundrelationen började',
    en: 'Customer since',
  },
  relationshipEndedOn: {
    fi: 'Asiakassuhde päättyi',
    sv: 'Kundrelationen upphörde',
    en: 'Customer relationship ended',
  },
  anonymizedAt: { fi: 'Anonymisoitu', sv: 'Anonymiserad', en: 'Anonymised' },
  createdAt: { fi: 'Tallennettu', sv: 'Sparad', en: 'Recorded' },
  updatedAt: { fi: 'Muutettu viimeksi', sv: 'Senast ändrad', en: 'Last changed' },
  serviceName: { fi: 'Palvelu', sv: 'Tjänst', en: 'Service' },
  description: { fi: 'Kuvaus', sv: 'Beskrivning', en: 'Description' },
  status: { fi: 'Tila', sv: 'Status', en: 'Status' },
  orderedAt: { fi: 'Tilattu', sv: 'Beställd', en: 'Ordered' },
  startsOn: { fi: 'Alkaa', sv: 'Börjar', en: 'Starts' },
  endsOn: { fi: 'Päättyy', sv: 'Slutar', en: 'Ends' },
  price: { fi: 'Hinta', sv: 'Pris', en: 'Price' },
  changedAt: { fi: 'Muutettu', sv: 'Ändrad', en: 'Changed' },
  changeType: { fi: 'Muutos', sv: 'Ändring', en: 'Change' },
  previousValue: { fi: 'Aiempi arvo', sv: 'Tidigare värde', en: 'Previous value' },
  newValue: { fi: 'Uusi arvo', sv: 'Nytt värde', en: 'New value' },
  number: { fi: 'Numero', sv: 'Nummer', en: 'Number' },
  issuedOn: { fi: 'Päivätty', sv: 'Daterad', en: 'Issued' },
  dueOn: { fi: 'Eräpäivä', sv: 'Förfallodag', en: 'Due' },
  total: { fi: 'Yhteensä', sv: 'Totalt', en: 'Total' },
  billingName: { fi: 'Laskutusnimi', sv: 'Faktureringsnamn', en: 'Billing name' },
  billingAddress: { fi: 'Laskutusosoite', sv: 'Faktureringsadress', en: 'Billing address' },
  lastActivityOn: { fi: 'Viimeisin yhteydenpito', sv: 'Senaste kontakt', en: 'Last contact' },
  channel: { fi: 'Kanava', sv: 'Kanal', en: 'Channel' },
  decision: { fi: 'Valinta', sv: 'Val', en: 'Choice' },
  decidedAt: { fi: 'Päivämäärä', sv: 'Datum', en: 'Date' },
  method: { fi: 'Miten annettu', sv: 'Hur det gavs', en: 'How given' },
  note: { fi: 'Huomautus', sv: 'Anmärkning', en: 'Note' },
  record: { fi: 'Tietue', sv: 'Post', en: 'Record' },
  ground: { fi: 'Peruste', sv: 'Grund', en: 'Ground' },
  reason: { fi: 'Syy', sv: 'Skäl', en: 'Reason' },
  setAt: { fi: 'Asetettu', sv: 'Införd', en: 'Set' },
  liftedAt: { fi: 'Poistettu', sv: 'Hävd', en: 'Lifted' },
  reference: { fi: 'Tunnus', sv: 'Referens', en: 'Reference' },
  type: { fi: 'Laji', sv: 'Typ', en: 'Type' },
  receivedAt: { fi: 'Saapui', sv: 'Kom in', en: 'Received' },
  dueDate: { fi: 'Määräpäivä', sv: 'Sista dag', en: 'Due date' },
  closedAt: { fi: 'Päättyi', sv: 'Avslutad', en: 'Closed' },
  actor: { fi: 'Tekijä', sv: 'Utförd av', en: 'By' },
  at: { fi: 'Aika', sv: 'Tid', en: 'Time' },
  author: { fi: 'Lähettäjä', sv: 'Avsändare', en: 'From' },
  body: { fi: 'Viesti', sv: 'Meddelande', en: 'Message' },
  fileName: { fi: 'Tiedosto', sv: 'Fil', en: 'File' },
  size: { fi: 'Koko', sv: 'Storlek', en: 'Size' },
  locale: { fi: 'Kieli', sv: 'Språk', en: 'Language' },
  emailVerifiedAt: { fi: 'Sähköposti vahvistettu', sv: 'E-post bekräftad', en: 'Email confirmed' },
  retention: { fi: 'Säilytys', sv: 'Lagring', en: 'Retention' },
  rule: { fi: 'Sääntö', sv: 'Regel', en: 'Rule' },
  registers: { fi: 'Rekisterit', sv: 'Register', en: 'Registers' },
  extensionReason: {
    fi: 'Määräajan pidentämisen syy',
    sv: 'Skäl för förlängd tid',
    en: 'Reason for extending the deadline',
  },
  refusalReason: { fi: 'Kieltäytymisen syy', sv: 'Skäl för avslag', en: 'Reason for refusal' },
  recipient: { fi: 'Vastaanottaja', sv: 'Mottagare', en: 'Recipient' },
  role: { fi: 'Rooli', sv: 'Roll', en: 'Role' },
  safeguard: { fi: 'Suojatoimi', sv: 'Skyddsåtgärd', en: 'Safeguard' },
  notifiedAt: { fi: 'Ilmoitettu', sv: 'Underrättad', en: 'Told on' },
  kind: { fi: 'Tieto', sv: 'Uppgift', en: 'Detail' },
  value: { fi: 'Arvo', sv: 'Värde', en: 'Value' },
  onListSince: { fi: 'Listalla alkaen', sv: 'På listan sedan', en: 'On the list since' },
  responseLetter: { fi: 'Vastauskirje', sv: 'Svarsbrev', en: 'Response letter' },
} satisfies Record<string, Text>;

export const valueTexts = {
  channel: {
    email: { fi: 'Sähköposti', sv: 'E-post', en: 'Email' },
    sms: { fi: 'Tekstiviesti', sv: 'Sms', en: 'Text message' },
    phone: { fi: 'Puhelin', sv: 'Telefon', en: 'Phone' },
    post: { fi: 'Posti', sv: 'Post', en: 'Post' },
    all: { fi: 'Kaikki kanavat', sv: 'Alla kanaler', en: 'Every channel' },
  },
  decision: {
    granted: { fi: 'Lupa annettu', sv: 'Samtycke givet', en: 'Permission given' },
    prohibited: { fi: 'Kielletty', sv: 'Förbjudet', en: 'Objected to' },
  },
  recordType: {
    customer: { fi: 'Asiakastiedot', sv: 'Kunduppgifter', en: 'Customer details' },
    service_order: { fi: 'Tilattu palvelu', sv: 'Beställd tjänst', en: 'Ordered service' },
    invoice: { fi: 'Lasku', sv: 'Faktura', en: 'Invoice' },
    marketing_contact: {
      fi: 'Markkinoinnin yhteystiedot',
      sv: 'Kontaktuppgifter för marknadsföring',
      en: 'Marketing contact details',
    },
  },
  ground: {
    art18_1_a: {
      fi: 'Tietojen paikkansapitävyys kiistetty (18 art. 1 a)',
      sv: 'Uppgifternas riktighet bestrids (art. 18.1 a)',
      en: 'Accuracy contested (Art. 18(1)(a))',
    },
    art18_1_b: {
      fi: 'Lainvastainen käsittely, rajoitus poistamisen sijaan (18 art. 1 b)',
      sv: 'Olaglig behandling, begränsning i stället för radering (art. 18.1 b)',
      en: 'Unlawful processing, restriction instead of erasure (Art. 18(1)(b))',
    },
    art18_1_c: {
      fi: 'Tarvitset tietoja oikeudellisen vaateen laatimiseksi, esittämiseksi tai puolustamiseksi (18 art. 1 c)',
      sv: 'Du behöver uppgifterna för rättsliga anspråk (art. 18.1 c)',
      en: 'You need the data for legal claims (Art. 18(1)(c))',
    },
    art18_1_d: {
      fi: 'Vastustamista selvitetään (18 art. 1 d)',
      sv: 'Invändningen utreds (art. 18.1 d)',
      en: 'Objection being verified (Art. 18(1)(d))',
    },
    legal_hold_17_3_b: {
      fi: 'Lakisääteinen säilytys, kirjanpitolaki (17 art. 3 b)',
      sv: 'Lagstadgad förvaring, bokföringslagen (art. 17.3 b)',
      en: 'Kept by law, Accounting Act (Art. 17(3)(b))',
    },
    objection_21_1: {
      fi: 'Vastustit käsittelyä, ja se lopetettiin (21 art. 1)',
      sv: 'Du invände mot behandlingen och den upphörde (art. 21.1)',
      en: 'You objected to the processing and it stopped (Art. 21(1))',
    },
  },
  withholdingGround: {
    rights_of_others: {
      fi: 'muiden henkilöiden oikeudet ja vapaudet (tietosuoja-asetuksen 15 artiklan 4 kohta)',
      sv: 'andra personers rättigheter och friheter (artikel 15.4 i dataskyddsförordningen)',
      en: 'the rights and freedoms of others (Article 15(4) GDPR)',
    },
    national_restriction: {
      fi: 'tietosuojalain (1050/2018) 34 §:n rajoitus',
      sv: 'begränsning enligt 34 § i dataskyddslagen (1050/2018)',
      en: 'a restriction under section 34 of the Finnish Data Protection Act (1050/2018)',
    },
  },
  suppressionKind: {
    email: { fi: 'Sähköposti', sv: 'E-post', en: 'Email' },
    phone: { fi: 'Puhelin', sv: 'Telefon', en: 'Phone' },
  },
  requestType: {
    access: { fi: 'Tietojen tarkastaminen', sv: 'Tillgång till uppgifter', en: 'Access' },
    rectification: { fi: 'Tietojen oikaiseminen', sv: 'Rättelse', en: 'Rectification' },
    erasure: { fi: 'Tietojen poistaminen', sv: 'Radering', en: 'Erasure' },
    restriction: {
      fi: 'Käsittelyn rajoittaminen',
      sv: 'Begränsning av behandling',
      en: 'Restriction of processing',
    },
    objection: {
      fi: 'Suoramarkkinoinnin vastustaminen',
      sv: 'Invändning mot direktmarknadsföring',
      en: 'Objection to direct marketing',
    },
    portability: { fi: 'Tietojen siirtäminen', sv: 'Dataportabilitet', en: 'Data portability' },
  },
  requestStatus: {
    received: { fi: 'Vastaanotettu', sv: 'Mottagen', en: 'Received' },
    identity_pending: {
      fi: 'Odottaa henkilöllisyyden vahvistusta',
      sv: 'Väntar på identitetskontroll',
      en: 'Awaiting identity check',
    },
    in_progress: { fi: 'Käsittelyssä', sv: 'Under behandling', en: 'In progress' },
    completed: { fi: 'Valmis', sv: 'Klar', en: 'Completed' },
    refused: { fi: 'Hylätty', sv: 'Avslagen', en: 'Refused' },
    withdrawn: { fi: 'Peruttu', sv: 'Återkallad', en: 'Withdrawn' },
  },
  eventType: {
    submitted: { fi: 'Pyyntö lähetetty', sv: 'Begäran skickad', en: 'Request sent' },
    started: { fi: 'Käsittely aloitettu', sv: 'Behandlingen påbörjad', en: 'Work started' },
    identity_requested: {
      fi: 'Henkilöllisyyden vahvistusta pyydetty',
      sv: 'Identitetsuppgifter begärda',
      en: 'Identity information asked for',
    },
    identity_answered: {
      fi: 'Vastasit henkilöllisyyttä koskevaan kysymykseen',
      sv: 'Du svarade på frågan om identitet',
      en: 'You answered the identity question',
    },
    identity_verified: {
      fi: 'Henkilöllisyys vahvistettu',
      sv: 'Identiteten bekräftad',
      en: 'Identity confirmed',
    },
    extended: { fi: 'Määräaikaa pidennetty', sv: 'Tiden förlängd', en: 'Deadline extended' },
    marketing_prohibited: {
      fi: 'Suoramarkkinointi kielletty',
      sv: 'Direktmarknadsföring förbjuden',
      en: 'Direct marketing stopped',
    },
    objection_assessed: {
      fi: 'Vastustaminen arvioitu',
      sv: 'Invändningen bedömd',
      en: 'Objection assessed',
    },
    restriction_applied: {
      fi: 'Käsittelyä rajoitettu',
      sv: 'Behandlingen begränsad',
      en: 'Processing restricted',
    },
    result_released: {
      fi: 'Tiedosto valmis ladattavaksi',
      sv: 'Filen klar att laddas ned',
      en: 'File ready to download',
    },
    completed: { fi: 'Pyyntö käsitelty', sv: 'Begäran behandlad', en: 'Request completed' },
    refused: { fi: 'Pyyntö hylätty', sv: 'Begäran avslagen', en: 'Request refused' },
    withdrawn: { fi: 'Pyyntö peruttu', sv: 'Begäran återkallad', en: 'Request withdrawn' },
  },
  orderStatus: {
    active: { fi: 'Voimassa', sv: 'Aktiv', en: 'Active' },
    paused: { fi: 'Keskeytetty', sv: 'Pausad', en: 'Paused' },
    ended: { fi: 'Päättynyt', sv: 'Avslutad', en: 'Ended' },
  },
  invoiceStatus: {
    open: { fi: 'Avoin', sv: 'Obetald', en: 'Open' },
    paid: { fi: 'Maksettu', sv: 'Betald', en: 'Paid' },
    credited: { fi: 'Hyvitetty', sv: 'Krediterad', en: 'Credited' },
  },
  changeType: {
    created: { fi: 'Tilattu', sv: 'Beställd', en: 'Ordered' },
    upgraded: { fi: 'Laajennettu', sv: 'Uppgraderad', en: 'Upgraded' },
    downgraded: { fi: 'Supistettu', sv: 'Nedgraderad', en: 'Downgraded' },
    paused: { fi: 'Keskeytetty', sv: 'Pausad', en: 'Paused' },
    resumed: { fi: 'Jatkettu', sv: 'Återupptagen', en: 'Resumed' },
    ended: { fi: 'Päättynyt', sv: 'Avslutad', en: 'Ended' },
    price_changed: { fi: 'Hinta muuttui', sv: 'Priset ändrades', en: 'Price changed' },
  },
  boolean: {
    true: { fi: 'kyllä', sv: 'ja', en: 'yes' },
    false: { fi: 'ei', sv: 'nej', en: 'no' },
  },
} satisfies Record<string, Record<string, Text>>;

type Forms = Record<Locale, [one: string, other: string]>;

/** Countable words: "1 post" / "3 poster" without an i18n library for two nouns. */
export const countTexts = {
  records: { fi: ['tietue', 'tietuetta'], sv: ['post', 'poster'], en: ['record', 'records'] },
  invoices: { fi: ['lasku', 'laskua'], sv: ['faktura', 'fakturor'], en: ['invoice', 'invoices'] },
} satisfies Record<string, Forms>;

export function countOf(n: number, forms: Forms, locale: Locale): string {
  const [one, other] = forms[locale];
  return `${n} ${n === 1 ? one : other}`;
}

/** `{name}` placeholders filled from `values`. */
export function fillText(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
