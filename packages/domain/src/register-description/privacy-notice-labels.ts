import type { PortalRecordType } from '../retention/portal-retention';
import type { RetentionRecordType, RetentionRuleKind } from '../retention/retention-rule';
import type { LocalizedText } from './localized-text';
import type { RecipientRole, RightId, TransferSafeguard } from './register-description-schema';

/**
 * The fixed wording of the privacy notice: headings and labels that do not
 * depend on the controller. What the controller says lives in the register
 * description; how the notice is framed lives here.
 */
export type PrivacyNoticeSectionId =
  | 'controller'
  | 'contact_person'
  | 'registers'
  | 'purposes'
  | 'data_content'
  | 'retention'
  | 'recipients'
  | 'sources'
  | 'transfers'
  | 'security'
  | 'rights'
  | 'complaint'
  | 'automated_decisions'
  | 'cookies';

export const sectionHeadings: Record<PrivacyNoticeSectionId, LocalizedText> = {
  controller: { fi: 'Rekisterinpitäjä', sv: 'Personuppgiftsansvarig', en: 'Controller' },
  contact_person: {
    fi: 'Yhteyshenkilö rekisteriä koskevissa asioissa',
    sv: 'Kontaktperson i frågor om registret',
    en: 'Contact person for matters concerning the registers',
  },
  registers: { fi: 'Rekisterit', sv: 'Register', en: 'Registers' },
  purposes: {
    fi: 'Käsittelyn tarkoitukset ja oikeusperusteet',
    sv: 'Ändamål med behandlingen och rättslig grund',
    en: 'Purposes of processing and legal bases',
  },
  data_content: {
    fi: 'Rekisterien tietosisältö',
    sv: 'Uppgifter som registren innehåller',
    en: 'What data the registers contain',
  },
  retention: { fi: 'Säilytysajat', sv: 'Lagringstider', en: 'How long data is kept' },
  recipients: {
    fi: 'Vastaanottajat ja tietojen luovuttaminen',
    sv: 'Mottagare och utlämnande av uppgifter',
    en: 'Recipients and disclosures',
  },
  sources: {
    fi: 'Mistä tiedot saadaan',
    sv: 'Varifrån uppgifterna kommer',
    en: 'Where the data comes from',
  },
  transfers: {
    fi: 'Tietojen siirto EU:n ja ETA:n ulkopuolelle',
    sv: 'Överföring av uppgifter utanför EU och EES',
    en: 'Transfers outside the EU and EEA',
  },
  security: {
    fi: 'Tietojen suojaaminen',
    sv: 'Skydd av uppgifterna',
    en: 'How the data is protected',
  },
  rights: { fi: 'Oikeutesi', sv: 'Dina rättigheter', en: 'Your rights' },
  complaint: {
    fi: 'Oikeus tehdä valitus',
    sv: 'Rätt att lämna klagomål',
    en: 'Right to lodge a complaint',
  },
  automated_decisions: {
    fi: 'Automaattinen päätöksenteko ja profilointi',
    sv: 'Automatiserat beslutsfattande och profilering',
    en: 'Automated decision-making and profiling',
  },
  cookies: { fi: 'Evästeet', sv: 'Kakor', en: 'Cookies' },
};

export const fieldLabels = {
  name: { fi: 'Nimi', sv: 'Namn', en: 'Name' },
  businessId: { fi: 'Y-tunnus', sv: 'FO-nummer', en: 'Business ID' },
  address: { fi: 'Osoite', sv: 'Adress', en: 'Address' },
  visitingAddress: { fi: 'Käyntiosoite', sv: 'Besöksadress', en: 'Visiting address' },
  postalAddress: { fi: 'Postiosoite', sv: 'Postadress', en: 'Postal address' },
  email: { fi: 'Sähköposti', sv: 'E-post', en: 'Email' },
  phone: { fi: 'Puhelin', sv: 'Telefon', en: 'Phone' },
  website: { fi: 'Verkkosivusto', sv: 'Webbplats', en: 'Website' },
  drawnUpOn: { fi: 'Laadittu', sv: 'Upprättad', en: 'Drawn up' },
  lastChangedOn: { fi: 'Viimeksi muutettu', sv: 'Senast ändrad', en: 'Last changed' },
  lastReviewedOn: {
    fi: 'Säilytystarve viimeksi arvioitu',
    sv: 'Lagringsbehovet senast bedömt',
    en: 'Need to keep data last reviewed',
  },
  role: { fi: 'Rooli', sv: 'Roll', en: 'Role' },
  location: { fi: 'Sijainti', sv: 'Plats', en: 'Location' },
  purpose: { fi: 'Tarkoitus', sv: 'Ändamål', en: 'Purpose' },
  safeguard: { fi: 'Suojatoimi', sv: 'Skyddsåtgärd', en: 'Safeguard' },
  legalBasis: { fi: 'Peruste', sv: 'Grund', en: 'Basis' },
} satisfies Record<string, LocalizedText>;

export const noticeTexts = {
  contactPersonRole: {
    fi: 'Ota yhteyttä yhteyshenkilöön kaikissa henkilötietojesi käsittelyä koskevissa asioissa.',
    sv: 'Kontakta kontaktpersonen i alla frågor som gäller behandlingen av dina personuppgifter.',
    en: 'Contact this person about anything concerning how your personal data is handled.',
  },
  registersIntro: {
    fi: 'Henkilötietoja käsitellään seuraavissa rekistereissä:',
    sv: 'Personuppgifter behandlas i följande register:',
    en: 'Personal data is processed in the following registers:',
  },
  reviewInterval: {
    fi: 'Säilyttämisen tarve arvioidaan {years} vuoden välein.',
    sv: 'Behovet av att spara uppgifterna bedöms med {years} års mellanrum.',
    en: 'Whether the data still needs to be kept is reviewed every {years} years.',
  },
  disclosureCasesIntro: {
    fi: 'Lisäksi voimme luovuttaa tietoja seuraavissa tilanteissa:',
    sv: 'Dessutom kan vi lämna ut uppgifter i följande situationer:',
    en: 'We may also disclose data in the following situations:',
  },
  noRecipients: {
    fi: 'Tämän rekisterin tietoja ei luovuteta ulkopuolisille.',
    sv: 'Uppgifterna i detta register lämnas inte ut till utomstående.',
    en: 'Data in this register is not disclosed to outside parties.',
  },
  noTransfers: {
    fi: 'Tämän rekisterin tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.',
    sv: 'Uppgifterna i detta register överförs inte utanför EU eller EES.',
    en: 'Data in this register is not transferred outside the EU or EEA.',
  },
} satisfies Record<string, LocalizedText>;

export const recipientRoleLabels: Record<RecipientRole, LocalizedText> = {
  processor: { fi: 'Henkilötietojen käsittelijä', sv: 'Personuppgiftsbiträde', en: 'Processor' },
  independent_controller: {
    fi: 'Itsenäinen rekisterinpitäjä',
    sv: 'Självständig personuppgiftsansvarig',
    en: 'Independent controller',
  },
  public_authority: { fi: 'Viranomainen', sv: 'Myndighet', en: 'Public authority' },
};

// GDPR Art. 45, 46(2)(c), 47
export const transferSafeguardLabels: Record<TransferSafeguard, LocalizedText> = {
  adequacy_decision: {
    fi: 'Euroopan komission päätös tietosuojan riittävyydestä (45 artikla)',
    sv: 'Europeiska kommissionens beslut om adekvat skyddsnivå (artikel 45)',
    en: 'European Commission adequacy decision (Article 45)',
  },
  standard_contractual_clauses: {
    fi: 'Euroopan komission vakiosopimuslausekkeet (46 artiklan 2 kohdan c alakohta)',
    sv: 'Europeiska kommissionens standardavtalsklausuler (artikel 46.2 c)',
    en: 'European Commission standard contractual clauses (Article 46(2)(c))',
  },
  binding_corporate_rules: {
    fi: 'Yritystä koskevat sitovat säännöt (47 artikla)',
    sv: 'Bindande företagsbestämmelser (artikel 47)',
    en: 'Binding corporate rules (Article 47)',
  },
};

export const retentionRecordTypeLabels: Record<RetentionRecordType, LocalizedText> = {
  customer: { fi: 'Asiakastiedot', sv: 'Kunduppgifter', en: 'Customer data' },
  invoice: { fi: 'Kirjanpitotositteet', sv: 'Verifikat', en: 'Accounting vouchers' },
  marketing_contact: {
    fi: 'Markkinoinnin yhteystiedot',
    sv: 'Kontaktuppgifter för marknadsföring',
    en: 'Marketing contacts',
  },
};

export const retentionRuleLabels: Record<RetentionRuleKind, LocalizedText> = {
  years_after_relationship_end: {
    fi: '{years} vuotta asiakassuhteen päättymisestä',
    sv: '{years} år från att kundrelationen upphörde',
    en: '{years} years after the customer relationship ends',
  },
  years_after_end_of_year_of_financial_year_end: {
    fi: '{years} vuotta sen vuoden lopusta, jonka aikana tilikausi päättyi',
    sv: '{years} år från utgången av det år då räkenskapsperioden gick ut',
    en: '{years} years from the end of the year in which the financial year ended',
  },
  years_after_last_activity: {
    fi: '{years} vuotta viimeisestä yhteydenpidosta',
    sv: '{years} år efter den senaste kontakten',
    en: '{years} years after the last contact',
  },
  years_after_customer_relationship_end: {
    fi: 'asiakkaan yhteystiedot {years} vuotta asiakassuhteen päättymisestä; muut arvioidaan säännöllisessä tarkastuksessa',
    sv: 'kunders kontaktuppgifter {years} år från att kundrelationen upphörde; övriga bedöms vid den regelbundna granskningen',
    en: "a customer's contact {years} years after the customer relationship ends; others are weighed at the regular review",
  },
};

export const portalRecordTypeLabels: Record<PortalRecordType, LocalizedText> = {
  portal_request: {
    fi: 'Pyynnöt ja niitä koskeva viestintä',
    sv: 'Begäranden och kommunikationen om dem',
    en: 'Requests and their correspondence',
  },
  request_attachment: { fi: 'Liitteet', sv: 'Bilagor', en: 'Attached files' },
  portal_account: { fi: 'Käyttäjätili', sv: 'Konto', en: 'Account' },
  login_challenge: { fi: 'Kirjautumiskoodit', sv: 'Inloggningskoder', en: 'Sign-in codes' },
  sent_mail: {
    fi: 'Lähetettyjen sähköpostien sisältö',
    sv: 'Innehållet i skickad e-post',
    en: 'Content of sent email',
  },
  audit_entry: { fi: 'Käsittelyloki', sv: 'Behandlingslogg', en: 'Processing log' },
};

/** The period of each kind of portal record; {years} and {days} come from PortalRetentionPeriods. */
export const portalRetentionRuleLabels: Record<PortalRecordType, LocalizedText> = {
  portal_request: {
    fi: '{years} vuotta pyynnön sulkemisesta',
    sv: '{years} år från att begäran avslutades',
    en: '{years} years after the request was closed',
  },
  request_attachment: {
    fi: 'kunnes henkilöllisyytesi on todettu, enintään pyynnön sulkemiseen asti',
    sv: 'tills din identitet har konstaterats, högst tills begäran avslutas',
    en: 'until your identity is confirmed, at most until the request is closed',
  },
  portal_account: {
    fi: '{years} vuotta viimeisestä kirjautumisesta, kun pyyntöjä ei enää ole',
    sv: '{years} år från den senaste inloggningen, när inga begäranden finns kvar',
    en: '{years} years after your last sign-in, once no request remains',
  },
  login_challenge: {
    fi: 'vuorokausi koodin vanhenemisen jälkeen',
    sv: 'ett dygn efter att koden har gått ut',
    en: 'one day after the code expires',
  },
  sent_mail: {
    fi: '{days} päivää lähettämisestä',
    sv: '{days} dagar efter att meddelandet skickades',
    en: '{days} days after sending',
  },
  audit_entry: {
    fi: '{years} vuotta merkinnästä',
    sv: '{years} år från posten',
    en: '{years} years after the entry',
  },
};

export const rightLabels: Record<RightId, { name: LocalizedText; article: LocalizedText }> = {
  access: {
    name: { fi: 'Oikeus saada pääsy tietoihin', sv: 'Rätt till tillgång', en: 'Right of access' },
    article: { fi: '15 artikla', sv: 'artikel 15', en: 'Article 15' },
  },
  rectification: {
    name: {
      fi: 'Oikeus tietojen oikaisemiseen',
      sv: 'Rätt till rättelse',
      en: 'Right to rectification',
    },
    article: { fi: '16 artikla', sv: 'artikel 16', en: 'Article 16' },
  },
  erasure: {
    name: { fi: 'Oikeus tietojen poistamiseen', sv: 'Rätt till radering', en: 'Right to erasure' },
    article: { fi: '17 artikla', sv: 'artikel 17', en: 'Article 17' },
  },
  restriction: {
    name: {
      fi: 'Oikeus käsittelyn rajoittamiseen',
      sv: 'Rätt till begränsning av behandling',
      en: 'Right to restriction of processing',
    },
    article: { fi: '18 artikla', sv: 'artikel 18', en: 'Article 18' },
  },
  objection: {
    name: { fi: 'Vastustamisoikeus', sv: 'Rätt att göra invändningar', en: 'Right to object' },
    article: { fi: '21 artikla', sv: 'artikel 21', en: 'Article 21' },
  },
  portability: {
    name: {
      fi: 'Oikeus siirtää tiedot järjestelmästä toiseen',
      sv: 'Rätt till dataportabilitet',
      en: 'Right to data portability',
    },
    article: { fi: '20 artikla', sv: 'artikel 20', en: 'Article 20' },
  },
  withdraw_consent: {
    name: {
      fi: 'Oikeus peruuttaa suostumus',
      sv: 'Rätt att återkalla samtycke',
      en: 'Right to withdraw consent',
    },
    article: { fi: '7 artiklan 3 kohta', sv: 'artikel 7.3', en: 'Article 7(3)' },
  },
  complaint: {
    name: {
      fi: 'Oikeus tehdä valitus valvontaviranomaiselle',
      sv: 'Rätt att lämna klagomål till en tillsynsmyndighet',
      en: 'Right to lodge a complaint with a supervisory authority',
    },
    article: { fi: '77 artikla', sv: 'artikel 77', en: 'Article 77' },
  },
};
