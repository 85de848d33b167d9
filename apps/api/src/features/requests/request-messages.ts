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
  cannotWithdraw: {
    fi: 'Pyyntö on jo käsitelty tai peruttu, joten sitä ei voi enää perua.',
    sv: 'Begäran är redan behandlad eller återkallad och kan inte längre återkallas.',
    en: 'The request has already been closed, so it can no longer be withdrawn.',
  },
} as const satisfies Record<string, Record<Locale, string>>;
