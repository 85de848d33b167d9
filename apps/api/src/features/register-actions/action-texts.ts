import type { Locale } from '@oikeus/contracts';

type Texts<T extends unknown[]> = Record<Locale, (...args: T) => string>;

/**
 * What the subject reads in the portal after each register action (GDPR
 * Art. 12(1): clear and plain language), and why anything was kept.
 */
export const actionTexts = {
  rectificationDone: {
    fi: (fields: string) =>
      `Olemme korjanneet tietosi rekisteriimme (tietosuoja-asetuksen 16 artikla). Korjatut tiedot: ${fields}.`,
    sv: (fields: string) =>
      `Vi har rättat dina uppgifter i vårt register (artikel 16 i dataskyddsförordningen). Rättade uppgifter: ${fields}.`,
    en: (fields: string) =>
      `We have corrected your details in our register (GDPR Article 16). Corrected details: ${fields}.`,
  } satisfies Texts<[string]>,
  erasureDone: {
    fi: (kept: number) =>
      kept === 0
        ? 'Olemme poistaneet tietosi rekistereistämme (tietosuoja-asetuksen 17 artikla).'
        : `Olemme poistaneet tietosi rekistereistämme (tietosuoja-asetuksen 17 artikla). Kirjanpitolaki (1336/1997) 2 luvun 10 § velvoittaa meidät säilyttämään ${kept} kirjanpitotositetta (laskua) säilytysajan loppuun; niitä käytetään vain kirjanpitoon, ja niiden käsittely on rajoitettu (17 artiklan 3 kohdan b alakohta). Muut asiakastietosi on poistettu tai anonymisoitu.`,
    sv: (kept: number) =>
      kept === 0
        ? 'Vi har raderat dina uppgifter ur våra register (artikel 17 i dataskyddsförordningen).'
        : `Vi har raderat dina uppgifter ur våra register (artikel 17 i dataskyddsförordningen). Enligt 2 kap. 10 § i bokföringslagen (1336/1997) måste vi bevara ${kept} verifikat (fakturor) till slutet av bevarandetiden; de används bara för bokföringen och behandlingen av dem är begränsad (artikel 17.3 b). Dina övriga kunduppgifter har raderats eller anonymiserats.`,
    en: (kept: number) =>
      kept === 0
        ? 'We have erased your data from our registers (GDPR Article 17).'
        : `We have erased your data from our registers (GDPR Article 17). The Finnish Accounting Act (1336/1997, chapter 2 section 10) requires us to keep ${kept} accounting voucher(s) (invoices) until the end of the retention period; they are used only for accounting and their processing is restricted (Article 17(3)(b)). Your other customer data has been deleted or anonymised.`,
  } satisfies Texts<[number]>,
  legalHold: {
    fi: (number: string, until: string) =>
      `Lasku ${number} on kirjanpitotosite, joka on säilytettävä kirjanpitolain (1336/1997) 2 luvun 10 §:n mukaan; se voidaan poistaa ${until} alkaen. Tietosuoja-asetuksen 17 artiklan 3 kohdan b alakohta: poisto-oikeus ei koske käsittelyä, joka on tarpeen lakisääteisen velvoitteen noudattamiseksi.`,
    sv: (number: string, until: string) =>
      `Faktura ${number} är ett verifikat som ska bevaras enligt 2 kap. 10 § i bokföringslagen (1336/1997); den kan raderas från och med ${until}. Artikel 17.3 b i dataskyddsförordningen: rätten till radering gäller inte behandling som krävs för att uppfylla en rättslig förpliktelse.`,
    en: (number: string, until: string) =>
      `Invoice ${number} is an accounting voucher that must be kept under the Finnish Accounting Act (1336/1997) chapter 2 section 10; it may be deleted from ${until}. GDPR Article 17(3)(b): the right to erasure does not apply where processing is needed to comply with a legal obligation.`,
  } satisfies Texts<[string, string]>,
  packagesDestroyed: {
    fi: (count: number) =>
      `Myös ${count} tallennettua tietopakettia, joissa on kopio näistä tiedoista, hävitetään, eikä niitä voi enää ladata.`,
    sv: (count: number) =>
      `Även ${count} sparade datapaket med en kopia av uppgifterna förstörs och kan inte längre laddas ned.`,
    en: (count: number) =>
      `${count} stored data package(s) holding a copy of this data are destroyed too and can no longer be downloaded.`,
  } satisfies Texts<[number]>,
  ordersKept: {
    fi: (count: number) =>
      `${count} tilattua palvelua muutoshistorioineen säilytetään säilytettävien tositteiden pohjana olevana kirjanpitoaineistona (kirjanpitolaki 1336/1997 2:10) samaan päivään asti kuin tositteet, ja niiden käsittely on rajoitettu.`,
    sv: (count: number) =>
      `${count} beställda tjänster med ändringshistorik bevaras som bokföringsmaterial bakom de bevarade verifikaten (bokföringslagen 1336/1997 2:10) till samma dag som verifikaten, och behandlingen av dem är begränsad.`,
    en: (count: number) =>
      `${count} ordered service(s) and their change history are kept as the accounting material behind the kept vouchers (Accounting Act 1336/1997 2:10) until the same day as the vouchers, and their processing is restricted.`,
  } satisfies Texts<[number]>,
  erasurePlanSummary: {
    fi: (kept: number) =>
      kept === 0
        ? 'Kaikki vahvistetut tiedot poistetaan.'
        : `${kept} kirjanpitotositetta säilytetään lakisääteisen velvoitteen vuoksi (tietosuoja-asetus 17 art. 3 b; kirjanpitolaki 1336/1997 2:10) ja niiden käsittely rajoitetaan; asiakastieto anonymisoidaan siltä osin kuin tositteet eivät sitä tarvitse.`,
    sv: (kept: number) =>
      kept === 0
        ? 'Alla bekräftade uppgifter raderas.'
        : `${kept} verifikat bevaras på grund av en rättslig förpliktelse (dataskyddsförordningen art. 17.3 b; bokföringslagen 1336/1997 2:10) och behandlingen av dem begränsas; kundposten anonymiseras i den mån verifikaten inte behöver den.`,
    en: (kept: number) =>
      kept === 0
        ? 'All confirmed data will be erased.'
        : `${kept} accounting voucher(s) are kept because of a legal obligation (GDPR Art. 17(3)(b); Accounting Act 1336/1997 2:10) and their processing is restricted; the customer record is anonymised except for what the vouchers need.`,
  } satisfies Texts<[number]>,
  restrictionDone: {
    fi: (count: number) =>
      `Olemme rajoittaneet tietojesi käsittelyä (tietosuoja-asetuksen 18 artikla): ${count} rekisteritietuetta säilytetään, mutta niitä ei käytetä muuhun. Kerromme sinulle ennen kuin rajoitus poistetaan.`,
    sv: (count: number) =>
      `Vi har begränsat behandlingen av dina uppgifter (artikel 18 i dataskyddsförordningen): ${count} registerposter lagras men används inte till annat. Vi meddelar dig innan begränsningen hävs.`,
    en: (count: number) =>
      `We have restricted the processing of your data (GDPR Article 18): ${count} register record(s) are stored but not used for anything else. We will tell you before the restriction is lifted.`,
  } satisfies Texts<[number]>,
  objectionDone: {
    fi: (channels: string) =>
      `Suoramarkkinointi sinulle on lopetettu seuraavissa kanavissa: ${channels} (tietosuoja-asetuksen 21 artiklan 3 kohta).`,
    sv: (channels: string) =>
      `Direktmarknadsföring till dig har upphört i följande kanaler: ${channels} (artikel 21.3 i dataskyddsförordningen).`,
    en: (channels: string) =>
      `Direct marketing to you has stopped on these channels: ${channels} (GDPR Article 21(3)).`,
  } satisfies Texts<[string]>,
  // Art. 21(1): the answer to an objection to processing on legitimate interests.
  objectionUpheld: {
    fi: (records: number, reasons: string) =>
      `Olemme arvioineet vastustuksesi (tietosuoja-asetuksen 21 artiklan 1 kohta). Meillä ei ole pakottavia perusteita, jotka syrjäyttäisivät etusi, oikeutesi ja vapautesi, joten lopetimme tietojesi käsittelyn oikeutetun edun perusteella: ${records} rekisteritietuetta säilytetään, mutta niitä ei käytetä muuhun.\n\nPerustelut:\n${reasons}`,
    sv: (records: number, reasons: string) =>
      `Vi har bedömt din invändning (artikel 21.1 i dataskyddsförordningen). Vi har inga tvingande skäl som väger tyngre än dina intressen, rättigheter och friheter, så vi har upphört med att behandla dina uppgifter på grund av berättigat intresse: ${records} registerposter lagras men används inte till annat.\n\nMotivering:\n${reasons}`,
    en: (records: number, reasons: string) =>
      `We have assessed your objection (GDPR Article 21(1)). We have no compelling legitimate grounds that override your interests, rights and freedoms, so we have stopped processing your data on the basis of legitimate interests: ${records} register record(s) are stored but not used for anything else.\n\nReasons:\n${reasons}`,
  } satisfies Texts<[number, string]>,
  objectionOverridden: {
    fi: (reasons: string, route: string) =>
      `Olemme arvioineet vastustuksesi (tietosuoja-asetuksen 21 artiklan 1 kohta). Meillä on pakottavia oikeutettuja perusteita jatkaa käsittelyä, ja ne syrjäyttävät tässä tapauksessa etusi, oikeutesi ja vapautesi.\n\nPerustelut:\n${reasons}\n\n${route}`,
    sv: (reasons: string, route: string) =>
      `Vi har bedömt din invändning (artikel 21.1 i dataskyddsförordningen). Vi har tvingande berättigade skäl att fortsätta behandlingen, och i det här fallet väger de tyngre än dina intressen, rättigheter och friheter.\n\nMotivering:\n${reasons}\n\n${route}`,
    en: (reasons: string, route: string) =>
      `We have assessed your objection (GDPR Article 21(1)). We have compelling legitimate grounds to continue the processing, and in this case they override your interests, rights and freedoms.\n\nReasons:\n${reasons}\n\n${route}`,
  } satisfies Texts<[string, string]>,
} as const;

const fieldNames: Record<string, Record<Locale, string>> = {
  firstName: { fi: 'etunimi', sv: 'förnamn', en: 'first name' },
  lastName: { fi: 'sukunimi', sv: 'efternamn', en: 'last name' },
  company: { fi: 'yritys', sv: 'företag', en: 'company' },
  streetAddress: { fi: 'katuosoite', sv: 'gatuadress', en: 'street address' },
  postalCode: { fi: 'postinumero', sv: 'postnummer', en: 'postal code' },
  city: { fi: 'postitoimipaikka', sv: 'postanstalt', en: 'city' },
  country: { fi: 'maa', sv: 'land', en: 'country' },
  phone: { fi: 'puhelinnumero', sv: 'telefonnummer', en: 'phone number' },
  email: { fi: 'sähköpostiosoite', sv: 'e-postadress', en: 'email address' },
};

const channelNames: Record<string, Record<Locale, string>> = {
  email: { fi: 'sähköposti', sv: 'e-post', en: 'email' },
  sms: { fi: 'tekstiviesti', sv: 'sms', en: 'text message' },
  phone: { fi: 'puhelin', sv: 'telefon', en: 'phone' },
  post: { fi: 'posti', sv: 'post', en: 'post' },
};

export function fieldLabel(field: string, locale: Locale): string {
  return fieldNames[field]?.[locale] ?? field;
}

export function channelLabel(channel: string, locale: Locale): string {
  return channelNames[channel]?.[locale] ?? channel;
}

export function subjectLocale(locale: string): Locale {
  return locale === 'sv' || locale === 'en' ? locale : 'fi';
}
