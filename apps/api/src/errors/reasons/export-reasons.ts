import { withParams, type ReasonTexts } from './reason-texts';

/** Why compiling or releasing a copy of the person's data (Art. 15(3), 20) was refused. */
export const exportReasons = {
  'export.wrongRequestType': {
    fi: 'Tiedostopaketti laaditaan vain tarkastus- ja siirtopyyntöihin.',
    sv: 'Ett filpaket skapas bara för begäran om tillgång och dataportabilitet.',
    en: 'A package is only compiled for access and portability requests.',
  },
  'export.kindMismatch': {
    fi: 'Paketin lajin on vastattava pyynnön lajia.',
    sv: 'Paketets typ måste motsvara typen av begäran.',
    en: 'The kind of package must match the type of request.',
  },
  'export.notInProgress': {
    fi: 'Aloita pyynnön käsittely ennen kuin laadit tai julkaiset tiedostopaketin. Suljettuun pyyntöön ei voi lisätä pakettia.',
    sv: 'Påbörja behandlingen av begäran innan du skapar eller publicerar ett filpaket. Ett paket kan inte läggas till en avslutad begäran.',
    en: 'Start work on the request before compiling or releasing a package. A closed request cannot get a package.',
  },
  'export.notReady': {
    fi: 'Vain valmis, julkaisematon paketti voidaan julkaista.',
    sv: 'Endast ett färdigt paket som inte har publicerats kan publiceras.',
    en: 'Only a ready package that has not been released can be released.',
  },
  // A release with a gap needs the handler's explicit override and its reason (issue #17).
  'export.releaseNeedsOverride': withParams<{
    isIdentityUnchecked: boolean;
    hasNoRecords: boolean;
  }>({
    fi: (p) =>
      [
        p.isIdentityUnchecked ? 'Henkilöllisyyden tarkistusta ei ole kirjattu.' : '',
        p.hasNoRecords ? 'Pyynnölle ei ole vahvistettu yhtään rekisteritietoa.' : '',
        'Paketin voi julkaista vain ohittamalla tarkistuksen perustellusti.',
      ]
        .filter(Boolean)
        .join(' '),
    sv: (p) =>
      [
        p.isIdentityUnchecked ? 'Ingen identitetskontroll har registrerats.' : '',
        p.hasNoRecords ? 'Inga registerposter har bekräftats för begäran.' : '',
        'Paketet kan publiceras bara om du åsidosätter kontrollen med en motivering.',
      ]
        .filter(Boolean)
        .join(' '),
    en: (p) =>
      [
        p.isIdentityUnchecked ? 'No identity check has been recorded.' : '',
        p.hasNoRecords ? 'No register records have been confirmed for the request.' : '',
        'The package can be released only with an override and a reason.',
      ]
        .filter(Boolean)
        .join(' '),
  }),
} as const satisfies Record<string, ReasonTexts>;
