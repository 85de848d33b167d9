import type { Locale } from '@oikeus/contracts';

const typeNames: Record<string, Record<Locale, string>> = {
  access: {
    fi: 'tietojen tarkastamista',
    sv: 'tillgång till uppgifter',
    en: 'access to your personal data',
  },
  rectification: {
    fi: 'tietojen oikaisemista',
    sv: 'rättelse av uppgifter',
    en: 'rectification of your data',
  },
  erasure: { fi: 'tietojen poistamista', sv: 'radering av uppgifter', en: 'erasure of your data' },
  restriction: {
    fi: 'käsittelyn rajoittamista',
    sv: 'begränsning av behandlingen',
    en: 'restriction of processing',
  },
  objection: {
    fi: 'suoramarkkinoinnin vastustamista',
    sv: 'invändning mot direktmarknadsföring',
    en: 'objection to direct marketing',
  },
  portability: { fi: 'tietojen siirtämistä', sv: 'dataportabilitet', en: 'data portability' },
};

/** Draft letters in the subject's language; the handler edits them before sending (Art. 12(1)). */
export const letterTexts = {
  completion: {
    fi: (reference: string, type: string, done: string[]) =>
      [
        'Hei,',
        `olemme käsitelleet ${reference} -viitteellä tekemäsi pyynnön, joka koski ${typeNames[type]?.fi ?? type}.`,
        ...(done.length
          ? ['', 'Teimme seuraavat toimenpiteet:', ...done.map((d) => `- ${d}`)]
          : []),
        '',
        'Jos sinulla on kysyttävää, vastaa tähän viestiin palvelussa.',
        '',
        'Ystävällisin terveisin',
      ].join('\n'),
    sv: (reference: string, type: string, done: string[]) =>
      [
        'Hej,',
        `vi har behandlat din begäran med referens ${reference} om ${typeNames[type]?.sv ?? type}.`,
        ...(done.length
          ? ['', 'Vi har vidtagit följande åtgärder:', ...done.map((d) => `- ${d}`)]
          : []),
        '',
        'Om du har frågor kan du svara på detta meddelande i tjänsten.',
        '',
        'Med vänliga hälsningar',
      ].join('\n'),
    en: (reference: string, type: string, done: string[]) =>
      [
        'Hello,',
        `we have handled your request ${reference} concerning ${typeNames[type]?.en ?? type}.`,
        ...(done.length ? ['', 'We took the following steps:', ...done.map((d) => `- ${d}`)] : []),
        '',
        'If you have any questions, please reply to this message in the service.',
        '',
        'Kind regards',
      ].join('\n'),
  },
  refusal: {
    fi: (reference: string, ground: string) =>
      [
        'Hei,',
        `emme voi toteuttaa pyyntöäsi ${reference}.`,
        '',
        `Peruste: ${ground}`,
        '',
        'Perustelut:',
        '',
      ].join('\n'),
    sv: (reference: string, ground: string) =>
      [
        'Hej,',
        `vi kan inte tillmötesgå din begäran ${reference}.`,
        '',
        `Grund: ${ground}`,
        '',
        'Motivering:',
        '',
      ].join('\n'),
    en: (reference: string, ground: string) =>
      [
        'Hello,',
        `we cannot act on your request ${reference}.`,
        '',
        `Ground: ${ground}`,
        '',
        'Reasons:',
        '',
      ].join('\n'),
  },
  steps: {
    rectification_applied: {
      fi: 'Korjasimme tietosi rekisteriin.',
      sv: 'Vi rättade dina uppgifter i registret.',
      en: 'We corrected your details in the register.',
    },
    erasure_applied: {
      fi: 'Poistimme tietosi; lakisääteisesti säilytettävät kirjanpitotositteet säilytetään rajoitettuina.',
      sv: 'Vi raderade dina uppgifter; verifikat som måste bevaras enligt lag bevaras med begränsad behandling.',
      en: 'We erased your data; accounting vouchers the law requires us to keep are kept with processing restricted.',
    },
    restriction_applied: {
      fi: 'Rajoitimme tietojesi käsittelyä.',
      sv: 'Vi begränsade behandlingen av dina uppgifter.',
      en: 'We restricted the processing of your data.',
    },
    objection_applied: {
      fi: 'Lopetimme suoramarkkinoinnin sinulle.',
      sv: 'Vi slutade med direktmarknadsföring till dig.',
      en: 'We stopped direct marketing to you.',
    },
    marketing_prohibited: {
      fi: 'Lopetimme suoramarkkinoinnin sinulle heti pyyntösi saavuttua.',
      sv: 'Vi slutade med direktmarknadsföring till dig så snart din begäran kom in.',
      en: 'We stopped direct marketing to you as soon as your request arrived.',
    },
    result_released: {
      fi: 'Tietosi ovat ladattavissa palvelussa.',
      sv: 'Dina uppgifter finns att ladda ner i tjänsten.',
      en: 'Your data is available for download in the service.',
    },
  } satisfies Record<string, Record<Locale, string>>,
};
