import type { Locale } from '@oikeus/contracts';

type Message = Record<Locale, string>;

/** Person-readable error messages of the exports feature (fi/sv/en). */
export const exportMessages = {
  wrongRequestType: {
    fi: 'Tiedostopaketti laaditaan vain tarkastus- ja siirtopyyntöihin.',
    sv: 'Ett filpaket skapas bara för begäran om tillgång och dataportabilitet.',
    en: 'A package is only compiled for access and portability requests.',
  },
  kindMismatch: {
    fi: 'Paketin lajin on vastattava pyynnön lajia.',
    sv: 'Paketets typ måste motsvara typen av begäran.',
    en: 'The kind of package must match the type of request.',
  },
  notInProgress: {
    fi: 'Aloita pyynnön käsittely ennen kuin laadit tai julkaiset tiedostopaketin. Suljettuun pyyntöön ei voi lisätä pakettia.',
    sv: 'Påbörja behandlingen av begäran innan du skapar eller publicerar ett filpaket. Ett paket kan inte läggas till en avslutad begäran.',
    en: 'Start work on the request before compiling or releasing a package. A closed request cannot get a package.',
  },
  notReady: {
    fi: 'Vain valmis, julkaisematon paketti voidaan julkaista.',
    sv: 'Endast ett färdigt paket som inte har publicerats kan publiceras.',
    en: 'Only a ready package that has not been released can be released.',
  },
  linkInvalid: {
    fi: 'Latauslinkki ei kelpaa. Avaa pyyntösi Omat pyynnöt -sivulta ja lataa tiedosto sieltä.',
    sv: 'Nedladdningslänken är ogiltig. Öppna din begäran på sidan Mina begäranden och ladda ned filen där.',
    en: 'The download link is not valid. Open your request under My requests and download the file there.',
  },
  linkExpired: {
    fi: 'Latauslinkki on vanhentunut. Avaa pyyntösi Omat pyynnöt -sivulta, niin saat uuden linkin.',
    sv: 'Nedladdningslänken har gått ut. Öppna din begäran på sidan Mina begäranden för att få en ny länk.',
    en: 'The download link has expired. Open your request under My requests to get a new link.',
  },
} satisfies Record<string, Message>;
