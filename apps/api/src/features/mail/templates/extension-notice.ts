import { z } from 'zod';
import {
  defineMailTemplate,
  mailFreeTextSchema,
  mailLocalDateSchema,
  mailPathSchema,
  mailReferenceSchema,
} from '../define-mail-template';
import { mailRequestTypes } from '../mail-format';
import { complaintRoute } from './complaint-route';
import { subjectFooter } from './subject-footer';

/**
 * GDPR Art. 12(3): the period may be extended by two further months where
 * necessary; the subject must be told of the extension, with the reasons,
 * within the first month.
 */
export const extensionNoticeTemplate = defineMailTemplate({
  audience: 'subject',
  dataSchema: z.object({
    reference: mailReferenceSchema,
    requestType: z.enum(mailRequestTypes),
    previousDueDate: mailLocalDateSchema,
    newDueDate: mailLocalDateSchema,
    reasons: mailFreeTextSchema,
    requestPath: mailPathSchema,
  }),
  render: {
    fi: (d, f) => ({
      subject: `Pyyntösi ${d.reference} vastausaikaa on jatkettu`,
      blocks: [
        { kind: 'heading', text: 'Vastausaikaa on jatkettu' },
        {
          kind: 'paragraph',
          text: `Pyyntösi ${d.reference} käsittely vie tavallista kauemmin. EU:n yleisen tietosuoja-asetuksen 12 artiklan 3 kohdan mukaan voimme jatkaa vastausaikaa enintään kahdella kuukaudella, kun se on tarpeen pyynnön monimutkaisuuden tai pyyntöjen määrän vuoksi.`,
        },
        {
          kind: 'facts',
          rows: [
            ['Viite', d.reference],
            ['Pyyntö', f.requestType(d.requestType)],
            ['Aiempi määräaika', f.date(d.previousDueDate)],
            ['Uusi määräaika', f.date(d.newDueDate)],
          ],
        },
        { kind: 'quote', label: 'Syyt jatkamiseen', text: d.reasons },
        { kind: 'paragraph', text: complaintRoute.fi.short },
        { kind: 'link', label: 'Avaa pyyntö', url: f.url(d.requestPath) },
      ],
      footer: subjectFooter('fi', f.controllerName),
    }),
    sv: (d, f) => ({
      subject: `Svarstiden för din begäran ${d.reference} har förlängts`,
      blocks: [
        { kind: 'heading', text: 'Svarstiden har förlängts' },
        {
          kind: 'paragraph',
          text: `Handläggningen av din begäran ${d.reference} tar längre tid än vanligt. Enligt artikel 12.3 i EU:s allmänna dataskyddsförordning får vi förlänga svarstiden med högst två månader när det är nödvändigt med hänsyn till hur komplicerad begäran är eller hur många begäranden vi har fått.`,
        },
        {
          kind: 'facts',
          rows: [
            ['Referens', d.reference],
            ['Begäran', f.requestType(d.requestType)],
            ['Tidigare tidsfrist', f.date(d.previousDueDate)],
            ['Ny tidsfrist', f.date(d.newDueDate)],
          ],
        },
        { kind: 'quote', label: 'Skäl till förlängningen', text: d.reasons },
        { kind: 'paragraph', text: complaintRoute.sv.short },
        { kind: 'link', label: 'Öppna begäran', url: f.url(d.requestPath) },
      ],
      footer: subjectFooter('sv', f.controllerName),
    }),
    en: (d, f) => ({
      subject: `The time to answer your request ${d.reference} has been extended`,
      blocks: [
        { kind: 'heading', text: 'The time to answer has been extended' },
        {
          kind: 'paragraph',
          text: `Handling your request ${d.reference} is taking longer than usual. Under Article 12(3) of the EU General Data Protection Regulation we may extend the time to answer by up to two months where this is necessary because of the complexity or number of requests.`,
        },
        {
          kind: 'facts',
          rows: [
            ['Reference', d.reference],
            ['Request', f.requestType(d.requestType)],
            ['Previous deadline', f.date(d.previousDueDate)],
            ['New deadline', f.date(d.newDueDate)],
          ],
        },
        { kind: 'quote', label: 'Reasons for the extension', text: d.reasons },
        { kind: 'paragraph', text: complaintRoute.en.short },
        { kind: 'link', label: 'Open the request', url: f.url(d.requestPath) },
      ],
      footer: subjectFooter('en', f.controllerName),
    }),
  },
});
