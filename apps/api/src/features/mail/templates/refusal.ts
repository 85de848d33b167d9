import { z } from 'zod';
import {
  defineMailTemplate,
  mailFreeTextSchema,
  mailPathSchema,
  mailReferenceSchema,
} from '../define-mail-template';
import { mailRequestTypes } from '../mail-format';
import { complaintRoute } from './complaint-route';
import { refusalGroundText } from './refusal-grounds';
import { subjectFooter } from './subject-footer';

/**
 * GDPR Art. 12(4): when the controller does not act on a request it tells the
 * subject, within one month, the reasons and the possibility of lodging a
 * complaint with a supervisory authority (Art. 77) and of seeking a judicial
 * remedy (Art. 79).
 */
export const refusalTemplate = defineMailTemplate({
  audience: 'subject',
  dataSchema: z.object({
    reference: mailReferenceSchema,
    requestType: z.enum(mailRequestTypes),
    /** A code from refusal-grounds.ts, or the ground as localised text. */
    legalGround: z.string().trim().min(1).max(1000),
    reasons: mailFreeTextSchema,
    requestPath: mailPathSchema,
  }),
  render: {
    fi: (d, f) => ({
      subject: `Päätös pyyntöösi ${d.reference}`,
      blocks: [
        { kind: 'heading', text: 'Emme voi toteuttaa pyyntöäsi' },
        {
          kind: 'paragraph',
          text: `Olemme käsitelleet pyyntösi ${d.reference} (${f.requestType(d.requestType)}), mutta emme voi toteuttaa sitä. Perusteet ovat alla.`,
        },
        {
          kind: 'facts',
          rows: [['Oikeudellinen peruste', refusalGroundText(d.legalGround, 'fi')]],
        },
        { kind: 'quote', label: 'Perustelut', text: d.reasons },
        { kind: 'heading', text: 'Oikeutesi' },
        { kind: 'list', items: [...complaintRoute.fi.authority, complaintRoute.fi.court] },
        { kind: 'link', label: 'Avaa pyyntö', url: f.url(d.requestPath) },
      ],
      footer: subjectFooter('fi', f.controllerName),
    }),
    sv: (d, f) => ({
      subject: `Beslut om din begäran ${d.reference}`,
      blocks: [
        { kind: 'heading', text: 'Vi kan inte tillmötesgå din begäran' },
        {
          kind: 'paragraph',
          text: `Vi har behandlat din begäran ${d.reference} (${f.requestType(d.requestType)}) men kan inte tillmötesgå den. Skälen anges nedan.`,
        },
        { kind: 'facts', rows: [['Rättslig grund', refusalGroundText(d.legalGround, 'sv')]] },
        { kind: 'quote', label: 'Motivering', text: d.reasons },
        { kind: 'heading', text: 'Dina rättigheter' },
        { kind: 'list', items: [...complaintRoute.sv.authority, complaintRoute.sv.court] },
        { kind: 'link', label: 'Öppna begäran', url: f.url(d.requestPath) },
      ],
      footer: subjectFooter('sv', f.controllerName),
    }),
    en: (d, f) => ({
      subject: `Decision on your request ${d.reference}`,
      blocks: [
        { kind: 'heading', text: 'We cannot act on your request' },
        {
          kind: 'paragraph',
          text: `We have considered your request ${d.reference} (${f.requestType(d.requestType)}) but cannot act on it. The reasons are below.`,
        },
        { kind: 'facts', rows: [['Legal ground', refusalGroundText(d.legalGround, 'en')]] },
        { kind: 'quote', label: 'Reasons', text: d.reasons },
        { kind: 'heading', text: 'Your rights' },
        { kind: 'list', items: [...complaintRoute.en.authority, complaintRoute.en.court] },
        { kind: 'link', label: 'Open the request', url: f.url(d.requestPath) },
      ],
      footer: subjectFooter('en', f.controllerName),
    }),
  },
});
