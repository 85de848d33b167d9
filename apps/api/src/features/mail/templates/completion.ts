import type { Locale } from '@oikeus/contracts';
import { z } from 'zod';
import {
  defineMailTemplate,
  mailFreeTextSchema,
  mailPathSchema,
  mailReferenceSchema,
} from '../define-mail-template';
import { mailRequestTypes } from '../mail-format';
import type { MailBlock } from '../mail-content';
import { complaintRoute } from './complaint-route';
import { refusalGroundText } from './refusal-grounds';
import { subjectFooter } from './subject-footer';

const partialTexts: Record<
  Locale,
  { heading: string; intro: string; ground: string; reasons: string; rights: string }
> = {
  fi: {
    heading: 'Mitä emme tehneet',
    intro: 'Emme toteuttaneet pyyntöäsi kaikilta osin. Peruste ja perustelut ovat alla.',
    ground: 'Oikeudellinen peruste',
    reasons: 'Perustelut',
    rights: 'Oikeutesi',
  },
  sv: {
    heading: 'Vad vi inte gjorde',
    intro: 'Vi tillmötesgick inte din begäran i alla delar. Grunden och motiveringen finns nedan.',
    ground: 'Rättslig grund',
    reasons: 'Motivering',
    rights: 'Dina rättigheter',
  },
  en: {
    heading: 'What we did not do',
    intro: 'We did not act on every part of your request. The ground and the reasons are below.',
    ground: 'Legal ground',
    reasons: 'Reasons',
    rights: 'Your rights',
  },
};

/**
 * Art. 12(4): a completion that refused part of the request says what and
 * why, with the complaint route (Art. 77) and the judicial remedy (Art. 79);
 * otherwise the short complaint line.
 */
function closingBlocks(
  locale: Locale,
  partial: { legalGround: string; reasons: string } | undefined,
): MailBlock[] {
  const route = complaintRoute[locale];
  if (!partial) return [{ kind: 'paragraph', text: route.short }];
  const t = partialTexts[locale];
  return [
    { kind: 'heading', text: t.heading },
    { kind: 'paragraph', text: t.intro },
    { kind: 'facts', rows: [[t.ground, refusalGroundText(partial.legalGround, locale)]] },
    { kind: 'quote', label: t.reasons, text: partial.reasons },
    { kind: 'heading', text: t.rights },
    { kind: 'list', items: [...route.authority, route.court] },
  ];
}

/**
 * The request is answered; the response letter is the controller's answer
 * under Art. 12(1) and (3), with any part it did not act on (Art. 12(4)).
 */
export const completionTemplate = defineMailTemplate({
  audience: 'subject',
  dataSchema: z.object({
    reference: mailReferenceSchema,
    requestType: z.enum(mailRequestTypes),
    responseLetter: mailFreeTextSchema,
    requestPath: mailPathSchema,
    /** Set when the completion refused part of the request. */
    partialRefusal: z
      .object({ legalGround: z.string().trim().min(1).max(1000), reasons: mailFreeTextSchema })
      .optional(),
  }),
  render: {
    fi: (d, f) => ({
      subject: `Pyyntösi ${d.reference} on käsitelty`,
      blocks: [
        { kind: 'heading', text: 'Pyyntösi on käsitelty' },
        {
          kind: 'paragraph',
          text: `Olemme käsitelleet pyyntösi ${d.reference} (${f.requestType(d.requestType)}). Vastauksemme on alla, ja se on tallessa myös palvelussa.`,
        },
        { kind: 'quote', label: 'Vastauksemme', text: d.responseLetter },
        ...closingBlocks('fi', d.partialRefusal),
        { kind: 'link', label: 'Avaa pyyntö', url: f.url(d.requestPath) },
      ],
      footer: subjectFooter('fi', f.controllerName),
    }),
    sv: (d, f) => ({
      subject: `Din begäran ${d.reference} har behandlats`,
      blocks: [
        { kind: 'heading', text: 'Din begäran har behandlats' },
        {
          kind: 'paragraph',
          text: `Vi har behandlat din begäran ${d.reference} (${f.requestType(d.requestType)}). Vårt svar finns nedan och sparas också i tjänsten.`,
        },
        { kind: 'quote', label: 'Vårt svar', text: d.responseLetter },
        ...closingBlocks('sv', d.partialRefusal),
        { kind: 'link', label: 'Öppna begäran', url: f.url(d.requestPath) },
      ],
      footer: subjectFooter('sv', f.controllerName),
    }),
    en: (d, f) => ({
      subject: `Your request ${d.reference} has been completed`,
      blocks: [
        { kind: 'heading', text: 'Your request has been completed' },
        {
          kind: 'paragraph',
          text: `We have completed your request ${d.reference} (${f.requestType(d.requestType)}). Our answer is below and is also kept in the service.`,
        },
        { kind: 'quote', label: 'Our answer', text: d.responseLetter },
        ...closingBlocks('en', d.partialRefusal),
        { kind: 'link', label: 'Open the request', url: f.url(d.requestPath) },
      ],
      footer: subjectFooter('en', f.controllerName),
    }),
  },
});
