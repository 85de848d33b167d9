import type { Locale } from '@oikeus/contracts';

/** Why the reader got the message; no personal data, so it is safe in every mail. */
export function subjectFooter(locale: Locale, controllerName: string): string {
  switch (locale) {
    case 'fi':
      return `${controllerName} – tietosuojapyyntöjen palvelu. Saat tämän viestin, koska tätä sähköpostiosoitetta on käytetty palvelussa.`;
    case 'sv':
      return `${controllerName} – tjänsten för dataskyddsbegäranden. Du får detta meddelande eftersom den här e-postadressen har använts i tjänsten.`;
    case 'en':
      return `${controllerName} – data protection requests service. You are receiving this message because this email address was used in the service.`;
  }
}

/** Staff mail: automatic, about work in the console. */
export function staffFooter(locale: Locale, controllerName: string): string {
  switch (locale) {
    case 'fi':
      return `${controllerName} – tietosuojapyyntöjen käsittely. Automaattinen viesti käsittelijöille.`;
    case 'sv':
      return `${controllerName} – handläggning av dataskyddsbegäranden. Automatiskt meddelande till handläggare.`;
    case 'en':
      return `${controllerName} – data protection request handling. Automatic message to handlers.`;
  }
}
