import type { Locale } from '@oikeus/contracts';

/**
 * Labels for the usual legal grounds of a refusal. A caller passes one of
 * these codes (shown in the reader's language) or its own already-localised
 * text, which is shown as given.
 */
export const refusalGroundLabels: Record<string, Record<Locale, string>> = {
  manifestly_unfounded: {
    fi: 'Pyyntö on ilmeisen perusteeton (EU:n yleinen tietosuoja-asetus, 12 artiklan 5 kohta).',
    sv: 'Begäran är uppenbart ogrundad (EU:s allmänna dataskyddsförordning, artikel 12.5).',
    en: 'The request is manifestly unfounded (EU General Data Protection Regulation, Article 12(5)).',
  },
  // The label states the ground only; why the request is excessive is in the reasons.
  excessive: {
    fi: 'Pyyntö on selvästi kohtuuton (12 artiklan 5 kohta); perustelut ovat alla.',
    sv: 'Begäran är uppenbart orimlig (artikel 12.5); skälen anges nedan.',
    en: 'The request is manifestly excessive (Article 12(5)); the reasons are below.',
  },
  identity_not_confirmed: {
    fi: 'Emme voineet varmistaa henkilöllisyyttäsi (11 artiklan 2 kohta ja 12 artiklan 2 ja 6 kohta).',
    sv: 'Vi kunde inte bekräfta din identitet (artikel 11.2 samt artikel 12.2 och 12.6).',
    en: 'We could not confirm your identity (Article 11(2) and Article 12(2) and (6)).',
  },
  legal_obligation: {
    fi: 'Meidän on säilytettävä tiedot lakisääteisen velvoitteen vuoksi, esimerkiksi kirjanpitolain (1336/1997) 2 luvun 10 §:n mukaan (17 artiklan 3 kohdan b alakohta).',
    sv: 'Vi måste bevara uppgifterna på grund av en rättslig förpliktelse, till exempel enligt 2 kap. 10 § i bokföringslagen (1336/1997) (artikel 17.3 b).',
    en: 'We must keep the data because of a legal obligation, for example under chapter 2 section 10 of the Finnish Accounting Act (1336/1997) (Article 17(3)(b)).',
  },
  legal_claims: {
    fi: 'Tiedot ovat tarpeen oikeudellisen vaateen laatimiseksi, esittämiseksi tai puolustamiseksi (17 artiklan 3 kohdan e alakohta).',
    sv: 'Uppgifterna behövs för att fastställa, göra gällande eller försvara rättsliga anspråk (artikel 17.3 e).',
    en: 'The data is needed for the establishment, exercise or defence of legal claims (Article 17(3)(e)).',
  },
  rights_of_others: {
    fi: 'Pyynnön toteuttaminen vahingoittaisi muiden oikeuksia ja vapauksia (15 artiklan 4 kohta).',
    sv: 'Att tillmötesgå begäran skulle inkräkta på andras rättigheter och friheter (artikel 15.4).',
    en: 'Acting on the request would adversely affect the rights and freedoms of others (Article 15(4)).',
  },
  not_applicable: {
    fi: 'Pyydetty oikeus ei sovellu näihin tietoihin tai niiden käsittelyperusteeseen (esimerkiksi 20 artiklan 1 kohta).',
    sv: 'Den begärda rättigheten gäller inte dessa uppgifter eller den rättsliga grunden för behandlingen (till exempel artikel 20.1).',
    en: 'The right requested does not apply to this data or to the legal basis of its processing (for example Article 20(1)).',
  },
};

export function refusalGroundText(ground: string, locale: Locale): string {
  return refusalGroundLabels[ground]?.[locale] ?? ground;
}
