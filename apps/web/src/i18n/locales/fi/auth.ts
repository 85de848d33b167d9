// Portal: sign-up, sign-in and account (namespace `auth`).
// Finnish is the default language and defines the keys every language must have.
export default {
  auth: {
    signUpTitle: 'Luo tili',
    signUpLead:
      'Tarvitset tilin, jotta voit tehdä pyyntöjä ja seurata niitä. Salasanaa ei tarvita: lähetämme kertakäyttöisen koodin sähköpostiisi.',
    signInTitle: 'Kirjaudu sisään',
    signInLead:
      'Anna sähköpostiosoite, jolla loit tilin. Lähetämme siihen kertakäyttöisen koodin ja kirjautumislinkin.',
    noAccount: 'Eikö sinulla ole vielä tiliä?',
    haveAccount: 'Onko sinulla jo tili?',
    email: 'Sähköpostiosoite',
    emailHintSignUp:
      'Käytä osoitetta, jota olet käyttänyt asioidessasi kanssamme, niin löydämme tietosi helpommin.',
    emailHintSignIn: 'Lähetämme koodin tähän osoitteeseen.',
    name: 'Nimi',
    phone: 'Puhelinnumero',
    phoneHint: 'Jos annat numeron, voimme löytää myös sillä tallennetut tiedot.',
    language: 'Asiointikieli',
    languageHint: 'Sähköpostit ja vastaukset lähetetään tällä kielellä.',
    signUpSubmit: 'Lähetä koodi',
    signInSubmit: 'Lähetä koodi',
    sending: 'Lähetetään…',
    verifyTitle: 'Syötä koodi',
    verifyLead:
      'Jos osoitteella on tili tai loit juuri uuden, saat pian sähköpostin, jossa on kuusinumeroinen koodi ja kirjautumislinkki.',
    sentTo:
      'Lähetimme viestin osoitteeseen {{email}}. Koodi on voimassa {{minutes}} minuuttia ja toimii kerran.',
    code: 'Koodi',
    codeHint: 'Kuusi numeroa sähköpostista.',
    verifySubmit: 'Kirjaudu',
    verifying: 'Tarkistetaan…',
    noEmail: 'Eikö viesti tullut? Tarkista roskapostikansio tai pyydä uusi koodi.',
    requestNewCode: 'Pyydä uusi koodi',
    linkTitle: 'Kirjaudutaan sisään',
    linkVerifying: 'Tarkistetaan kirjautumislinkkiä…',
    linkFailedTitle: 'Linkillä ei voitu kirjautua',
    linkFailedHelp:
      'Linkki toimii kerran ja vanhenee 10 minuutissa. Voit syöttää sähköpostin koodin alla tai pyytää uuden.',
    devMailboxHint:
      'Kehitysympäristössä sähköpostit eivät lähde: lue koodi kehityspostilaatikosta.',
  },
  privacyStatement: {
    heading: 'Miten käsittelemme tietojasi',
    body: 'Inope Oy käsittelee nimeäsi, sähköpostiosoitettasi ja puhelinnumeroasi sekä pyyntöjesi tietoja, jotta voimme hoitaa tietosuojapyyntösi ja osoittaa, miten ne on hoidettu. Käsittely perustuu lakisääteiseen velvoitteeseen (tietosuoja-asetuksen 6 artiklan 1 kohdan c alakohta sekä 12 artikla ja 5 artiklan 2 kohta). Henkilöllisyytesi todistamiseksi lähettämäsi liitteet poistetaan heti, kun henkilöllisyys on todettu, ja pyynnöt viesteineen määräajan kuluttua niiden sulkemisesta.',
    link: 'Lue tietosuojaselosteesta säilytysajat ja oikeutesi',
  },
  account: {
    title: 'Oma tili',
    details: 'Tiedot',
    signOutHeading: 'Kirjaudu ulos',
    signOut: 'Kirjaudu ulos',
    everywhereHeading: 'Kirjaudu ulos kaikilta laitteilta',
    everywhereHelp:
      'Päättää kaikki tilisi istunnot, myös muilla laitteilla ja selaimilla. Käytä tätä, jos olet kirjautunut yhteiskäyttöisellä koneella.',
    signOutEverywhere: 'Kirjaudu ulos kaikkialta',
    signedOut: 'Olet kirjautunut ulos.',
  },
};
