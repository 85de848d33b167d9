import type { Locale } from '@oikeus/contracts';

/** Person-readable request errors the default per-code texts do not cover. */
export const requestMessages = {
  noIdentityQuestion: {
    fi: 'Pyyntöön ei ole avointa henkilöllisyyttä koskevaa kysymystä. Lähetä viesti tavallisena viestinä.',
    sv: 'Det finns ingen öppen fråga om identitet i begäran. Skicka meddelandet som ett vanligt meddelande.',
    en: 'There is no open identity question on this request. Send it as an ordinary message.',
  },
  fileType: {
    fi: 'Liitteen on oltava PDF-, PNG- tai JPEG-tiedosto.',
    sv: 'Bilagan måste vara en PDF-, PNG- eller JPEG-fil.',
    en: 'The attachment must be a PDF, PNG or JPEG file.',
  },
  fileTooLarge: {
    fi: 'Liite on liian suuri. Suurin sallittu koko on 5 Mt.',
    sv: 'Bilagan är för stor. Största tillåtna storlek är 5 MB.',
    en: 'The attachment is too large. The largest allowed size is 5 MB.',
  },
  tooManyMessagesOnRequest: {
    fi: 'Olet lähettänyt tähän pyyntöön paljon viestejä lyhyessä ajassa. Yritä uudelleen tunnin kuluttua.',
    sv: 'Du har skickat många meddelanden i den här begäran på kort tid. Försök igen om en timme.',
    en: 'You have sent many messages on this request in a short time. Please try again in an hour.',
  },
  tooManyMessagesOnAccount: {
    fi: 'Olet lähettänyt paljon viestejä lyhyessä ajassa. Yritä uudelleen tunnin kuluttua.',
    sv: 'Du har skickat många meddelanden på kort tid. Försök igen om en timme.',
    en: 'You have sent many messages in a short time. Please try again in an hour.',
  },
  requestAttachmentsFull: {
    fi: 'Tämän pyynnön liitteiden yhteenlaskettu enimmäiskoko on täynnä. Lähetä viesti ilman liitettä tai ota yhteyttä käsittelijään.',
    sv: 'Den sammanlagda största storleken för bilagor i den här begäran är nådd. Skicka meddelandet utan bilaga eller kontakta handläggaren.',
    en: 'The total size allowed for attachments on this request has been reached. Send the message without a file or contact the handler.',
  },
  cannotWithdraw: {
    fi: 'Pyyntö on jo käsitelty tai peruttu, joten sitä ei voi enää perua.',
    sv: 'Begäran är redan behandlad eller återkallad och kan inte längre återkallas.',
    en: 'The request has already been closed, so it can no longer be withdrawn.',
  },
} as const satisfies Record<string, Record<Locale, string>>;
