import { z } from 'zod';
import {
  defineMailTemplate,
  mailFreeTextSchema,
  mailPathSchema,
  mailReferenceSchema,
} from '../define-mail-template';
import { mailRequestTypes } from '../mail-format';
import { complaintRoute } from './complaint-route';
import { subjectFooter } from './subject-footer';

/** The request is answered; the response letter is the controller's answer under Art. 12(1) and (3). */
export const completionTemplate = defineMailTemplate({
  audience: 'subject',
  dataSchema: z.object({
    reference: mailReferenceSchema,
    requestType: z.enum(mailRequestTypes),
    responseLetter: mailFreeTextSchema,
    requestPath: mailPathSchema,
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
        { kind: 'paragraph', text: complaintRoute.fi.short },
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
        { kind: 'paragraph', text: complaintRoute.sv.short },
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
        { kind: 'paragraph', text: complaintRoute.en.short },
        { kind: 'link', label: 'Open the request', url: f.url(d.requestPath) },
      ],
      footer: subjectFooter('en', f.controllerName),
    }),
  },
});
