import type { ReasonTexts } from './reason-texts';

/** Why a request a handler logs from a letter, email or call was refused (issue #18). */
export const intakeReasons = {
  // EDPB 01/2022 §159: the period runs from receipt; a receipt after now would stretch it.
  'intake.receiptInFuture': {
    fi: 'Vastaanottoaika ei voi olla tulevaisuudessa.',
    sv: 'Mottagningstiden kan inte ligga i framtiden.',
    en: 'The time of receipt cannot be in the future.',
  },
  'intake.receiptInvalid': {
    fi: 'Vastaanottoaikaa ei ole olemassa. Tarkista päivä ja kellonaika.',
    sv: 'Mottagningstiden finns inte. Kontrollera dag och klockslag.',
    en: 'That time of receipt does not exist. Check the date and time.',
  },
  'intake.emailUnreadable': {
    fi: 'Sähköpostitiedostoa ei voitu lukea. Tallenna viesti .eml-tiedostona ja yritä uudelleen.',
    sv: 'E-postfilen kunde inte läsas. Spara meddelandet som en .eml-fil och försök igen.',
    en: 'The email file could not be read. Save the message as an .eml file and try again.',
  },
  'intake.emailDateMissing': {
    fi: 'Sähköpostista puuttuu tämä aika. Valitse toinen vastaanottoaika.',
    sv: 'E-postmeddelandet saknar den här tiden. Välj en annan mottagningstid.',
    en: 'The email does not have this time. Choose another time of receipt.',
  },
} as const satisfies Record<string, ReasonTexts>;
