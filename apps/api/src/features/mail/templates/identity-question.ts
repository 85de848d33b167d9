import { z } from 'zod';
import {
  defineMailTemplate,
  mailFreeTextSchema,
  mailPathSchema,
  mailReferenceSchema,
} from '../define-mail-template';
import { subjectFooter } from './subject-footer';

/**
 * The handler has reasonable doubts about identity and asks for more
 * (GDPR Art. 12(6)); the deadline is suspended until the answer arrives
 * (EDPB Guidelines 01/2022 §159). The answer goes through the portal, not by
 * email, so it travels over the authenticated, encrypted channel.
 */
export const identityQuestionTemplate = defineMailTemplate({
  audience: 'subject',
  dataSchema: z.object({
    reference: mailReferenceSchema,
    question: mailFreeTextSchema,
    requestPath: mailPathSchema,
  }),
  render: {
    fi: (d, f) => ({
      subject: `Lisätietoja tarvitaan pyyntöösi ${d.reference}`,
      blocks: [
        { kind: 'heading', text: 'Tarvitsemme lisätietoja' },
        {
          kind: 'paragraph',
          text: `Jotta voimme varmistaa, että pyyntö ${d.reference} on sinun, käsittelijä pyytää sinulta lisätietoja.`,
        },
        { kind: 'quote', label: 'Käsittelijän kysymys', text: d.question },
        {
          kind: 'paragraph',
          text: 'Vastaa kysymykseen palvelussa, älä tähän sähköpostiin. Pyyntösi määräaika on keskeytetty siihen asti, kunnes vastaat.',
        },
        { kind: 'link', label: 'Vastaa palvelussa', url: f.url(d.requestPath) },
      ],
      footer: subjectFooter('fi', f.controllerName),
    }),
    sv: (d, f) => ({
      subject: `Mer information behövs för din begäran ${d.reference}`,
      blocks: [
        { kind: 'heading', text: 'Vi behöver mer information' },
        {
          kind: 'paragraph',
          text: `För att kunna säkerställa att begäran ${d.reference} är din ber handläggaren dig om mer information.`,
        },
        { kind: 'quote', label: 'Handläggarens fråga', text: d.question },
        {
          kind: 'paragraph',
          text: 'Svara på frågan i tjänsten, inte på detta e-postmeddelande. Tidsfristen för din begäran löper inte medan vi väntar på ditt svar.',
        },
        { kind: 'link', label: 'Svara i tjänsten', url: f.url(d.requestPath) },
      ],
      footer: subjectFooter('sv', f.controllerName),
    }),
    en: (d, f) => ({
      subject: `More information needed for your request ${d.reference}`,
      blocks: [
        { kind: 'heading', text: 'We need more information' },
        {
          kind: 'paragraph',
          text: `To make sure that request ${d.reference} is yours, the handler asks you for more information.`,
        },
        { kind: 'quote', label: "The handler's question", text: d.question },
        {
          kind: 'paragraph',
          text: 'Please answer in the service, not by replying to this email. The time limit for your request is paused until you answer.',
        },
        { kind: 'link', label: 'Answer in the service', url: f.url(d.requestPath) },
      ],
      footer: subjectFooter('en', f.controllerName),
    }),
  },
});
