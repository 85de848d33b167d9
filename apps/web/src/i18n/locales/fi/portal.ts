// Portal frame, front page, privacy notice and dev mailbox (namespace `portal`).
// Finnish is the default language and defines the keys every language must have.
export default {
  nav: {
    label: 'Päävalikko',
    home: 'Etusivu',
    privacyNotice: 'Tietosuojaseloste',
    newRequest: 'Tee pyyntö',
    myRequests: 'Omat pyynnöt',
    account: 'Oma tili',
    signIn: 'Kirjaudu',
    signUp: 'Luo tili',
  },
  footer: {
    controller:
      'Rekisterinpitäjä: Inope Oy. Palvelu toteuttaa EU:n yleisen tietosuoja-asetuksen mukaiset oikeutesi.',
    devMailbox: 'Kehityspostilaatikko',
    staff: 'Henkilöstön kirjautuminen',
  },
  home: {
    title: 'Tietosuojaoikeutesi Inope Oy:ssä',
    lead: 'Täällä voit selvittää, mitä henkilötietoja Inope Oy käsittelee sinusta, ja käyttää EU:n tietosuoja-asetuksen mukaisia oikeuksiasi.',
    signUp: 'Luo tili',
    signIn: 'Kirjaudu sisään',
    rightsHeading: 'Mitä voit tehdä',
    withdrawConsent:
      'Voit myös milloin tahansa peruuttaa antamasi suostumuksen, esimerkiksi markkinointiluvan. Peruutus ei vaikuta aiemman käsittelyn lainmukaisuuteen.',
    howHeading: 'Näin se toimii',
    how1: 'Luo tili sähköpostiosoitteellasi. Saat kertakäyttöisen koodin, salasanaa ei tarvita.',
    how2: 'Valitse oikeus ja kerro, mitä rekisteriä pyyntö koskee.',
    how3: 'Saat viitenumeron ja tiedon määräajasta heti. Vastaamme viimeistään kuukauden kuluttua.',
    how4: 'Seuraa pyynnön tilaa, vaihda viestejä käsittelijän kanssa ja lataa vastaus täällä.',
    free: 'Pyynnöt ovat maksuttomia. Määräaikaa voidaan pidentää kahdella kuukaudella vain, jos pyyntö on erityisen monimutkainen, ja siitä kerrotaan sinulle perusteluineen ensimmäisen kuukauden aikana.',
    moreHeading: 'Lisätietoa',
    noticeIntro:
      'Tietosuojaselosteesta näet, mitä tietoja keräämme, mihin niitä käytetään ja kauanko niitä säilytetään.',
    noticeLink: 'Lue tietosuojaseloste',
    complaint:
      'Jos katsot, että henkilötietojasi käsitellään lainvastaisesti, voit tehdä valituksen tietosuojavaltuutetulle (tietosuoja.fi).',
  },
  notice: {
    title: 'Tietosuojaseloste',
    contents: 'Sisällys',
    version: 'Versio {{version}}',
  },
  mailbox: {
    title: 'Kehityspostilaatikko',
    lead: 'Kun palvelu käyttää paikallista postia, lähtevät sähköpostit tallennetaan tänne eikä niitä lähetetä. Täältä löydät esimerkiksi kirjautumiskoodisi.',
    unavailable:
      'Kehityspostilaatikko ei ole käytössä. Sähköpostit lähetetään oikeaan postipalvelimeen.',
    empty: 'Ei viestejä.',
    filter: 'Näytä vain osoitteeseen',
    filterSubmit: 'Suodata',
    filterClear: 'Näytä kaikki',
    to: 'Vastaanottaja',
    subject: 'Aihe',
    sentAt: 'Aika',
    count_one: '{{count}} viesti',
    count_other: '{{count}} viestiä',
  },
  rights: {
    access: {
      title: 'Haluan nähdä tietoni',
      description:
        'Saat kopion tiedoistasi sekä tiedon siitä, miksi ja miten niitä käsitellään, mistä ne on saatu ja kauanko niitä säilytetään.',
      article: 'EU:n tietosuoja-asetus, 15 artikla',
    },
    rectification: {
      title: 'Haluan korjata tietojani',
      description: 'Korjaamme virheelliset tai vanhentuneet tiedot ja täydennämme puutteelliset.',
      article: 'EU:n tietosuoja-asetus, 16 artikla',
    },
    erasure: {
      title: 'Haluan, että tietoni poistetaan',
      description:
        'Poistamme tietosi, ellei laki velvoita säilyttämään niitä. Esimerkiksi kirjanpitotositteet säilytetään kuusi vuotta, mutta niiden käyttöä rajoitetaan.',
      article: 'EU:n tietosuoja-asetus, 17 artikla',
    },
    restriction: {
      title: 'Haluan rajoittaa tietojeni käsittelyä',
      description:
        'Tietosi säilytetään, mutta niitä ei käytetä muuhun esimerkiksi sinä aikana, kun niiden paikkansapitävyyttä selvitetään.',
      article: 'EU:n tietosuoja-asetus, 18 artikla',
    },
    objection: {
      title: 'Vastustan suoramarkkinointia tai muuta tietojeni käsittelyä',
      description:
        'Suoramarkkinoinnin lopetamme valitsemissasi kanavissa heti, kun lähetät pyynnön. Voit myös vastustaa muuta käsittelyä, joka perustuu oikeutettuun etuumme; arvioimme sen ja vastaamme perustellen.',
      article: 'EU:n tietosuoja-asetus, 21 artikla',
    },
    portability: {
      title: 'Haluan siirtää tietoni toiseen palveluun',
      description: 'Saat antamasi tiedot koneluettavassa muodossa, jotta voit viedä ne muualle.',
      article: 'EU:n tietosuoja-asetus, 20 artikla',
    },
  },
};
