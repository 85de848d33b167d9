// Portal: rights requests (namespace `requests`).
// Finnish is the default language and defines the keys every language must have.
import type { RequestEventType } from '@oikeus/contracts';

export default {
  newRequest: {
    title: 'Tee pyyntö',
    lead: 'Valitse, mitä haluat tehdä. Pyynnön tekeminen on maksutonta, ja vastaamme kuukauden kuluessa.',
    chooseHeading: 'Mitä haluat tehdä?',
    changeRight: 'Valitse toinen oikeus',
    submit: 'Lähetä pyyntö',
    submitting: 'Lähetetään…',
    unknownType: 'Tällaista pyyntöä ei ole. Valitse oikeus luettelosta.',
  },
  form: {
    registers: 'Mitä rekisteriä pyyntö koskee?',
    registersHint: 'Valitse yksi tai molemmat. Jos et ole varma, valitse molemmat.',
    customerRegisterHint: 'Asiakkuudet, tilatut palvelut ja laskutus.',
    marketingRegisterHint: 'Markkinoinnin yhteystiedot sekä markkinointiluvat ja -kiellot.',
    note: 'Lisätietoja',
    noteHint:
      'Esimerkiksi muut sähköpostiosoitteet tai nimet, joilla olet asioinut kanssamme. Älä lähetä henkilötunnusta.',
    accessInfo: 'Kun pyyntö on käsitelty, voit ladata tietosi täältä portaalista.',
    items: 'Korjattavat tiedot',
    itemsHint: 'Lisää rivi jokaiselle korjattavalle tiedolle.',
    itemLegend: 'Korjaus {{number}}',
    itemField: 'Mikä tieto?',
    itemOtherField: 'Mikä muu tieto?',
    itemCurrentValue: 'Nykyinen tieto',
    itemCurrentValueHint: 'Jos tiedät, mitä rekisterissä nyt lukee.',
    itemCorrectValue: 'Oikea tieto',
    addItem: 'Lisää korjattava tieto',
    removeItem: 'Poista korjaus {{number}}',
    itemAdded: 'Lisättiin korjaus {{number}}.',
    itemRemoved: 'Korjaus poistettiin.',
    itemFieldOption: {
      name: 'Nimi',
      company: 'Yritys tai organisaatio',
      street_address: 'Katuosoite',
      postal_code: 'Postinumero',
      city: 'Postitoimipaikka',
      phone: 'Puhelinnumero',
      email: 'Sähköpostiosoite',
      other: 'Muu tieto',
    },
    erasureReason: 'Syy poistolle',
    erasureReasonHint: 'Et ole velvollinen kertomaan syytä, mutta se voi nopeuttaa käsittelyä.',
    erasureInfo:
      'Laki voi velvoittaa meidät säilyttämään osan tiedoista. Kirjanpitotositteet säilytetään kirjanpitolain mukaan kuusi vuotta sen vuoden lopusta, jonka aikana tilikausi päättyi. Niitä ei käytetä muuhun, ja ne poistetaan määräajan jälkeen. Kerromme vastauksessa, mitä säilytettiin ja miksi.',
    ground: 'Millä perusteella pyydät rajoittamista?',
    grounds: {
      art18_1_a: {
        label: 'Tietoni ovat mielestäni virheellisiä',
        hint: 'Rajoitus on voimassa sen ajan, kun tietojen paikkansapitävyys tarkistetaan (18 artiklan 1 kohdan a alakohta).',
      },
      art18_1_b: {
        label: 'Käsittely on lainvastaista, mutta en halua tietoja poistettavan',
        hint: '18 artiklan 1 kohdan b alakohta.',
      },
      art18_1_c: {
        label:
          'Tarvitsen tietoja oikeudellisen vaateen laatimiseksi, esittämiseksi tai puolustamiseksi',
        hint: 'Vaikka emme itse enää tarvitsisi tietoja (18 artiklan 1 kohdan c alakohta).',
      },
      art18_1_d: {
        label: 'Olen vastustanut käsittelyä ja odotan ratkaisua',
        hint: 'Rajoitus on voimassa, kunnes on selvitetty, syrjäyttävätkö meidän perusteemme sinun etusi (18 artiklan 1 kohdan d alakohta).',
      },
    },
    explanation: 'Perustelut',
    explanationHint: 'Kerro lyhyesti, mitä tietoja rajoitus koskee ja miksi.',
    channels: 'Missä kanavissa et halua markkinointia?',
    channelsHint: 'Kielto tulee voimaan heti, kun lähetät pyynnön.',
    objectionRegisters: 'Mitä rekisteriä kielto koskee?',
    objectionRegistersHint:
      'Markkinointirekisteri on valittu valmiiksi. Valitse myös asiakasrekisteri, jos haluat, ettei asiakastietojasi käytetä markkinointiin.',
    objectionKind: 'Mitä vastustat?',
    objectionKinds: {
      direct_marketing: {
        label: 'Suoramarkkinointia',
        hint: 'Lopetamme markkinoinnin valitsemissasi kanavissa heti, kun lähetät pyynnön. Syytä ei tarvitse kertoa (21 artiklan 2 ja 3 kohta).',
      },
      legitimate_interests: {
        label: 'Muuta tietojeni käsittelyä, joka perustuu oikeutettuun etuumme',
        hint: 'Kerro, mikä erityisessä tilanteessasi on syynä. Arvioimme sen ja vastaamme perustellen (21 artiklan 1 kohta).',
      },
    },
    objectionGrounds: 'Miksi vastustat käsittelyä?',
    objectionGroundsHint:
      'Kerro, mihin erityiseen tilanteeseesi vastustus perustuu ja mitä käsittelyä se koskee. Älä lähetä henkilötunnusta.',
    objectionInterestsInfo:
      'Lopetamme käsittelyn, ellei meillä ole pakottavia oikeutettuja perusteita, jotka ovat painavampia kuin sinun etusi, oikeutesi ja vapautesi, tai ellei tietoja tarvita oikeudellisen vaateen laatimiseksi, esittämiseksi tai puolustamiseksi. Kerromme arviomme perusteluineen.',
    objectionInterestsRegistersHint:
      'Asiakasrekisteri on valittu valmiiksi. Valitse myös markkinointirekisteri, jos vastustus koskee myös sitä.',
    objectionInfo:
      'Sinulla on aina oikeus kieltää suoramarkkinointi. Emme kysy syytä emmekä saa jatkaa markkinointia sen jälkeen.',
    portabilityInfo:
      'Saat itse antamasi tiedot, joita käsittelemme sopimuksen tai suostumuksen perusteella, koneluettavassa muodossa (JSON ja CSV).',
  },
  submitted: {
    title: 'Pyyntösi on vastaanotettu',
    reference: 'Viitenumero',
    referenceHint: 'Mainitse viitenumero, jos otat meihin yhteyttä pyynnöstä.',
    receivedAt: 'Vastaanotettu',
    deadline: 'Vastaamme viimeistään',
    deadlineHint:
      'Määräaika on kuukausi vastaanottopäivästä. Jos se päättyy viikonloppuna tai pyhäpäivänä, se siirtyy seuraavaan arkipäivään.',
    emailSent: 'Lähetimme vahvistuksen myös sähköpostiisi.',
    nextHeading: 'Mitä seuraavaksi tapahtuu',
    nextCommon1: 'Käsittelijämme tarkistaa pyynnön ja etsii tietosi rekistereistä.',
    nextCommon2:
      'Jos tarvitsemme lisätietoja henkilöllisyytesi varmistamiseksi, kysymme niitä täällä ja sähköpostitse. Määräaika on keskeytettynä, kunnes vastaat.',
    nextCommon3:
      'Saat sähköpostin, kun pyyntösi tila muuttuu. Voit seurata pyyntöä Omat pyynnöt -sivulla.',
    viewRequest: 'Näytä pyyntö',
    toMyRequests: 'Omat pyynnöt',
  },
  marketingStop: {
    title: 'Suoramarkkinointi on lopetettu',
    stopped:
      'Kirjasimme markkinointikiellon heti pyyntösi saavuttua näihin kanaviin: {{channels}}.',
    emailListed:
      'Vahvistettu sähköpostiosoitteesi lisättiin markkinoinnin estolistalle näiden kanavien osalta. Näin osoitettasi ei oteta markkinointiin myöhemminkään, vaikka se tulisi meille toista kautta.',
    contacts_one:
      'Markkinointirekisterissä oli osoitteellasi {{count}} yhteystieto. Sen markkinointiluvat muutettiin näissä kanavissa kielloiksi.',
    contacts_other:
      'Markkinointirekisterissä oli osoitteellasi {{count}} yhteystietoa. Niiden markkinointiluvat muutettiin näissä kanavissa kielloiksi.',
    noContacts:
      'Markkinointirekisterissä ei ollut osoitteellasi yhteystietoja, joten siellä ei tarvinnut muuttaa mitään. Kielto on silti voimassa.',
    handler:
      'Käsittelijä tarkistaa vielä, onko sinusta muita tietoja esimerkiksi puhelinnumerollasi, ja kirjaa kiellon myös niihin.',
    notRecordedTitle: 'Käsittelijä kirjaa markkinointikiellon',
    notRecorded:
      'Kieltoa ei voitu kirjata heti, koska sähköpostiosoitettasi ei ole vahvistettu. Käsittelijä kirjaa sen, kun pyyntösi on tarkistettu.',
  },
  objectionAssessment: {
    title: 'Arvioimme vastustuksesi',
    body: 'Tietojesi käsittelyä ei lopeteta automaattisesti. Käsittelijä arvioi perusteesi ja vastaa sinulle perustellen viimeistään määräpäivänä. Jos meillä ei ole pakottavia perusteita jatkaa, lopetamme käsittelyn.',
  },
  list: {
    title: 'Omat pyynnöt',
    empty: 'Et ole vielä tehnyt pyyntöjä.',
    caption: 'Pyyntösi, uusin ensin',
    reference: 'Viite',
    type: 'Pyyntö',
    status: 'Tila',
    received: 'Vastaanotettu',
    deadline: 'Määräaika',
    closedOn: 'Suljettu {{date}}',
    newRequest: 'Tee uusi pyyntö',
  },
  detail: {
    title: '{{type}} {{reference}}',
    summary: 'Yhteenveto',
    status: 'Tila',
    reference: 'Viitenumero',
    registers: 'Rekisterit',
    receivedAt: 'Vastaanotettu',
    deadline: 'Määräaika',
    closedAt: 'Suljettu',
    extended: 'Määräaikaa on pidennetty. Alkuperäinen määräaika oli {{date}}.',
    extensionReason: 'Pidennyksen syy',
    paused: 'Määräaika on keskeytetty, kunnes vastaat henkilöllisyyttä koskevaan kysymykseen.',
    pausedDays_one: 'Määräaika siirtyi {{count}} päivällä keskeytyksen vuoksi.',
    pausedDays_other: 'Määräaika siirtyi {{count}} päivällä keskeytyksen vuoksi.',
    identityHeading: 'Tarvitsemme lisätietoja',
    identityHelp:
      'Käsittelijä tarvitsee lisätietoja varmistaakseen henkilöllisyytesi. Lue kysymys viesteistä alta ja vastaa tällä lomakkeella. Älä lähetä henkilöllisyystodistuksen kopiota, ellei sitä erikseen pyydetä.',
    identityAnswer: 'Vastauksesi',
    identitySubmit: 'Lähetä vastaus',
    identitySent: 'Vastauksesi on lähetetty. Määräaika jatkuu.',
    resultHeading: 'Vastaus',
    download: 'Lataa tietosi',
    downloadHelp:
      'Lataus on ZIP-tiedosto, jossa on tietosi koneluettavassa muodossa sekä selvitys niiden käsittelystä.',
    downloadNone: 'Ladattavaa tiedostoa ei ole nyt saatavilla.',
    downloadFile: 'Lataa {{file}}',
    downloadAvailableUntil: 'Ladattavissa asti',
    downloadPreparing: 'Valmistellaan latausta…',
    partlyRefusedHeading: 'Mitä emme tehneet ja miksi',
    refusedHeading: 'Pyyntöäsi ei voitu toteuttaa',
    complaintHelp:
      'Jos olet eri mieltä, voit tehdä valituksen tietosuojavaltuutetulle tai viedä asian tuomioistuimen ratkaistavaksi.',
    complaintLink: 'Lue, miten valitus tehdään',
    whatYouSent: 'Mitä lähetit',
    messagesHeading: 'Viestit',
    noMessages: 'Ei viestejä.',
    fromYou: 'Sinä',
    fromHandler: 'Käsittelijä',
    identityAnswerTag: 'Vastaus henkilöllisyyskysymykseen',
    attachment: 'Liite',
    // The notice: identity documents are deleted once identity is verified, every file when the request closes.
    attachmentDeleted: {
      identity_verified: 'tiedosto poistettu, kun henkilöllisyytesi oli todettu',
      request_closed: 'tiedosto poistettu, kun pyyntö suljettiin',
    },
    newMessage: 'Lähetä viesti käsittelijälle',
    messageBody: 'Viesti',
    file: 'Liitetiedosto',
    fileHint: 'PDF, PNG tai JPEG, enintään {{size}}.',
    fileType: 'Liitteen on oltava PDF-, PNG- tai JPEG-tiedosto.',
    sending: 'Lähetetään…',
    sendMessage: 'Lähetä viesti',
    messageSent: 'Viesti lähetetty.',
    timelineHeading: 'Tapahtumat',
    withdrawHeading: 'Peru pyyntö',
    withdrawHelp:
      'Jos et enää tarvitse pyyntöä, voit perua sen. Peruttua pyyntöä ei käsitellä loppuun. Voit tehdä uuden pyynnön milloin tahansa.',
    withdraw: 'Peru pyyntö',
    withdrawConfirmTitle: 'Haluatko varmasti perua pyynnön {{reference}}?',
    withdrawReason: 'Syy perumiselle',
    withdrawConfirm: 'Kyllä, peru pyyntö',
    withdrawKeep: 'Älä peru',
    withdrawn: 'Pyyntö on peruttu.',
  },
  /** One line per event for the person; every type in the vocabulary has one (GDPR Art. 12(1): clear, plain language). */
  events: {
    submitted: 'Pyyntösi vastaanotettiin',
    marketing_prohibited: 'Suoramarkkinointi sinulle kiellettiin',
    assigned: 'Pyynnöllesi nimettiin käsittelijä',
    started: 'Pyyntösi käsittely alkoi',
    identity_info_requested: 'Käsittelijä pyysi lisätietoja henkilöllisyydestäsi',
    identity_answered: 'Vastasit henkilöllisyyskysymykseen',
    identity_verified: 'Henkilöllisyytesi varmistettiin',
    internal_note_added: 'Käsittelijä kirjasi muistiinpanon',
    records_updated: 'Tietosi löydettiin rekistereistä',
    deadline_extended: 'Vastauksen määräaikaa pidennettiin',
    export_compiled: 'Kopio tiedoistasi koottiin',
    result_released: 'Tietosi ovat valmiina ladattaviksi',
    rectification_applied: 'Tietosi korjattiin',
    erasure_applied: 'Tietosi poistettiin',
    restriction_applied: 'Tietojesi käsittelyä rajoitettiin',
    restriction_lift_notice_sent: 'Sinulle ilmoitettiin, että käsittelyn rajoitus päättyy',
    restriction_lifted: 'Tietojesi käsittelyn rajoitus päättyi',
    objection_applied: 'Vastustuksesi pantiin täytäntöön',
    objection_assessed: 'Vastustuksesi arvioitiin, ja sinulle vastattiin perusteluineen',
    recipient_notified: 'Tietojesi vastaanottajille ilmoitettiin muutoksesta',
    completed: 'Pyyntösi käsiteltiin',
    refused: 'Pyyntösi hylättiin',
    withdrawn: 'Pyyntö peruttiin',
  } satisfies Record<RequestEventType, string>,
  /** A stored event from an older version the vocabulary no longer names. */
  eventOther: 'Päivitys',
  sentDetails: {
    note: 'Lisätietoja',
    reason: 'Syy',
    ground: 'Peruste',
    explanation: 'Perustelut',
    kind: 'Vastustuksen kohde',
    grounds: 'Perusteet',
    channels: 'Kanavat',
    items: 'Korjaukset',
    currentValue: 'Nyt',
    correctValue: 'Oikein',
  },
};
