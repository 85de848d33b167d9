import type { Locale } from '@oikeus/domain';

type Text = Record<Locale, string>;

/**
 * What a logged use of the person's data was for, in their language (CJEU
 * C-579/21: the dates and purposes of consultations). Grouped by the action's
 * prefix so an action added later still gets a true, if general, purpose.
 */
const purposeByPrefix: Record<string, Text> = {
  subject: {
    fi: 'Kirjautumisesi ja käyttäjätilisi hoitaminen tässä portaalissa',
    sv: 'Din inloggning och ditt konto i den här portalen',
    en: 'Your sign-in and your account in this portal',
  },
  request: {
    fi: 'Tietosuojapyyntösi käsittely',
    sv: 'Behandlingen av din dataskyddsbegäran',
    en: 'Handling your data protection request',
  },
  attachment: {
    fi: 'Tietosuojapyyntösi käsittely',
    sv: 'Behandlingen av din dataskyddsbegäran',
    en: 'Handling your data protection request',
  },
  register: {
    fi: 'Rekisteritietojesi haku, korjaus, poisto tai rajoitus pyyntösi perusteella',
    sv: 'Sökning, rättelse, radering eller begränsning av dina registeruppgifter enligt din begäran',
    en: 'Finding, correcting, erasing or restricting your register data for your request',
  },
  marketing: {
    fi: 'Suoramarkkinointikieltosi kirjaaminen',
    sv: 'Registrering av ditt förbud mot direktmarknadsföring',
    en: 'Recording your objection to direct marketing',
  },
  objection: {
    fi: 'Käsittelyn vastustamista koskevan pyyntösi arviointi',
    sv: 'Bedömningen av din invändning mot behandlingen',
    en: 'Assessing your objection to the processing',
  },
  export: {
    fi: 'Tietojesi jäljennöksen kokoaminen ja toimittaminen sinulle',
    sv: 'Sammanställning och leverans av kopian av dina uppgifter',
    en: 'Compiling your copy of your data and delivering it to you',
  },
  retention: {
    fi: 'Säilytysajan päättyneiden tietojen poistaminen',
    sv: 'Radering av uppgifter vars lagringstid har gått ut',
    en: 'Deleting data whose retention period had ended',
  },
};

const otherPurpose: Text = {
  fi: 'Rekisterinpitäjän velvoitteiden hoitaminen (tietosuoja-asetuksen 5 artiklan 2 kohta)',
  sv: 'Den personuppgiftsansvariges skyldigheter (artikel 5.2 i dataskyddsförordningen)',
  en: 'Meeting the controller’s obligations (Article 5(2) GDPR)',
};

export function auditPurpose(action: string, locale: Locale): string {
  const prefix = action.split('.')[0] ?? '';
  return (purposeByPrefix[prefix] ?? otherPurpose)[locale];
}
