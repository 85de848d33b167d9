import type { ReasonTexts } from './reason-texts';

/** Why the person's own step in the portal was refused: sign-in, messages, withdrawal, downloads. */
export const portalReasons = {
  // Deliberately the same for every kind of failure: the answer never tells which part was wrong.
  'signIn.challengeInvalid': {
    fi: 'Koodi tai linkki on väärä, jo käytetty tai vanhentunut. Pyydä uusi koodi.',
    sv: 'Koden eller länken är fel, redan använd eller har gått ut. Begär en ny kod.',
    en: 'The code or link is wrong, already used or expired. Ask for a new code.',
  },
  'message.noIdentityQuestion': {
    fi: 'Pyyntöön ei ole avointa henkilöllisyyttä koskevaa kysymystä. Lähetä viesti tavallisena viestinä.',
    sv: 'Det finns ingen öppen fråga om identitet i begäran. Skicka meddelandet som ett vanligt meddelande.',
    en: 'There is no open identity question on this request. Send it as an ordinary message.',
  },
  'message.tooManyOnRequest': {
    fi: 'Olet lähettänyt tähän pyyntöön paljon viestejä lyhyessä ajassa. Yritä uudelleen tunnin kuluttua.',
    sv: 'Du har skickat många meddelanden i den här begäran på kort tid. Försök igen om en timme.',
    en: 'You have sent many messages on this request in a short time. Please try again in an hour.',
  },
  'message.tooManyOnAccount': {
    fi: 'Olet lähettänyt paljon viestejä lyhyessä ajassa. Yritä uudelleen tunnin kuluttua.',
    sv: 'Du har skickat många meddelanden på kort tid. Försök igen om en timme.',
    en: 'You have sent many messages in a short time. Please try again in an hour.',
  },
  'attachment.fileType': {
    fi: 'Liitteen on oltava PDF-, PNG- tai JPEG-tiedosto.',
    sv: 'Bilagan måste vara en PDF-, PNG- eller JPEG-fil.',
    en: 'The attachment must be a PDF, PNG or JPEG file.',
  },
  'attachment.requestFull': {
    fi: 'Tämän pyynnön liitteiden yhteenlaskettu enimmäiskoko on täynnä. Lähetä viesti ilman liitettä tai ota yhteyttä käsittelijään.',
    sv: 'Den sammanlagda största storleken för bilagor i den här begäran är nådd. Skicka meddelandet utan bilaga eller kontakta handläggaren.',
    en: 'The total size allowed for attachments on this request has been reached. Send the message without a file or contact the handler.',
  },
  'request.cannotWithdraw': {
    fi: 'Pyyntö on jo käsitelty tai peruttu, joten sitä ei voi enää perua.',
    sv: 'Begäran är redan behandlad eller återkallad och kan inte längre återkallas.',
    en: 'The request has already been closed, so it can no longer be withdrawn.',
  },
  'download.linkInvalid': {
    fi: 'Latauslinkki ei kelpaa. Avaa pyyntösi Omat pyynnöt -sivulta ja lataa tiedosto sieltä.',
    sv: 'Nedladdningslänken är ogiltig. Öppna din begäran på sidan Mina begäranden och ladda ned filen där.',
    en: 'The download link is not valid. Open your request under My requests and download the file there.',
  },
  'download.linkExpired': {
    fi: 'Latauslinkki on vanhentunut. Avaa pyyntösi Omat pyynnöt -sivulta, niin saat uuden linkin.',
    sv: 'Nedladdningslänken har gått ut. Öppna din begäran på sidan Mina begäranden för att få en ny länk.',
    en: 'The download link has expired. Open your request under My requests to get a new link.',
  },
  // PostgreSQL cannot store U+0000 in text (src/http/validate.ts).
  'text.nulCharacter': {
    fi: 'Teksti sisältää merkin, jota ei voi tallentaa.',
    sv: 'Texten innehåller ett tecken som inte kan sparas.',
    en: 'The text contains a character that cannot be stored.',
  },
} as const satisfies Record<string, ReasonTexts>;
