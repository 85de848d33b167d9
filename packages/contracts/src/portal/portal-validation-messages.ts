// Messages for the portal's own refinements, spread into `validationMessages`
// (validation.ts) so `parseLocalized` translates them like every other key.
import type { Locale } from '../locale';

export const portalValidationMessages = {
  'portal.code.or.token': {
    fi: 'Anna sähköpostiosoite ja kuusinumeroinen koodi tai avaa sähköpostissa saamasi linkki.',
    sv: 'Ange e-postadressen och den sexsiffriga koden eller öppna länken du fick per e-post.',
    en: 'Enter your email address and the six-digit code, or open the link we emailed you.',
  },
  'portal.items.required': {
    fi: 'Lisää vähintään yksi korjattava tieto.',
    sv: 'Lägg till minst en uppgift som ska rättas.',
    en: 'Add at least one detail to correct.',
  },
  'portal.correctValue.required': {
    fi: 'Kirjoita oikea tieto.',
    sv: 'Skriv den korrekta uppgiften.',
    en: 'Enter the correct value.',
  },
  'portal.otherField.required': {
    fi: 'Kerro, mitä tietoa korjaus koskee.',
    sv: 'Berätta vilken uppgift rättelsen gäller.',
    en: 'Say which detail the correction is about.',
  },
  'portal.explanation.required': {
    fi: 'Kerro lyhyesti, miksi pyydät käsittelyn rajoittamista.',
    sv: 'Berätta kort varför du begär begränsning av behandlingen.',
    en: 'Briefly explain why you are asking for processing to be restricted.',
  },
  'portal.channels.required': {
    fi: 'Valitse vähintään yksi markkinointikanava.',
    sv: 'Välj minst en marknadsföringskanal.',
    en: 'Choose at least one marketing channel.',
  },
  'portal.objectionGrounds.required': {
    fi: 'Kerro, mihin erityiseen tilanteeseesi vastustus perustuu.',
    sv: 'Berätta vilken särskild situation invändningen grundar sig på.',
    en: 'Say what in your particular situation the objection rests on.',
  },
  'portal.message.required': {
    fi: 'Kirjoita viesti.',
    sv: 'Skriv ett meddelande.',
    en: 'Write a message.',
  },
} as const satisfies Record<string, Record<Locale, string>>;
