import { z } from 'zod';
import {
  defineMailTemplate,
  mailLocalDateSchema,
  mailPathSchema,
  mailReferenceSchema,
} from '../define-mail-template';
import { mailRequestTypes } from '../mail-format';
import { staffFooter } from './subject-footer';

/**
 * Tells staff a request has arrived (issue #19: the first signal used to be a
 * reminder weeks later; the month of Art. 12(3) runs from receipt). Names the
 * request, never the person: the details stay in the console.
 */
export const newRequestTemplate = defineMailTemplate({
  audience: 'staff',
  dataSchema: z.object({
    reference: mailReferenceSchema,
    requestType: z.enum(mailRequestTypes),
    dueDate: mailLocalDateSchema,
    /** Entered in the console by staff (a letter, a call) rather than sent through the portal. */
    isEnteredByStaff: z.boolean(),
    /** The request is assigned to the reader; otherwise nobody has it yet. */
    isAssignedToReader: z.boolean(),
    consolePath: mailPathSchema,
  }),
  render: {
    fi: (d, f) => ({
      subject: `Uusi pyyntö ${d.reference}: ${f.requestType(d.requestType)}`,
      blocks: [
        { kind: 'heading', text: 'Uusi tietosuojapyyntö' },
        {
          kind: 'paragraph',
          text: `${d.isEnteredByStaff ? `Pyyntö ${d.reference} kirjattiin konsolissa.` : `Pyyntö ${d.reference} saapui portaalin kautta.`} ${d.isAssignedToReader ? 'Se on osoitettu sinulle.' : 'Kukaan ei vielä käsittele sitä: ota se käsittelyyn konsolissa.'} Määräaika on ${f.date(d.dueDate)}.`,
        },
        {
          kind: 'facts',
          rows: [
            ['Viite', d.reference],
            ['Pyyntö', f.requestType(d.requestType)],
            ['Määräaika', f.date(d.dueDate)],
          ],
        },
        { kind: 'link', label: 'Avaa pyyntö konsolissa', url: f.url(d.consolePath) },
      ],
      footer: staffFooter('fi', f.controllerName),
    }),
    sv: (d, f) => ({
      subject: `Ny begäran ${d.reference}: ${f.requestType(d.requestType)}`,
      blocks: [
        { kind: 'heading', text: 'Ny dataskyddsbegäran' },
        {
          kind: 'paragraph',
          text: `${d.isEnteredByStaff ? `Begäran ${d.reference} registrerades i konsolen.` : `Begäran ${d.reference} kom in via portalen.`} ${d.isAssignedToReader ? 'Den är tilldelad dig.' : 'Ingen handlägger den ännu: ta den till handläggning i konsolen.'} Tidsfristen är ${f.date(d.dueDate)}.`,
        },
        {
          kind: 'facts',
          rows: [
            ['Referens', d.reference],
            ['Begäran', f.requestType(d.requestType)],
            ['Tidsfrist', f.date(d.dueDate)],
          ],
        },
        { kind: 'link', label: 'Öppna begäran i konsolen', url: f.url(d.consolePath) },
      ],
      footer: staffFooter('sv', f.controllerName),
    }),
    en: (d, f) => ({
      subject: `New request ${d.reference}: ${f.requestType(d.requestType)}`,
      blocks: [
        { kind: 'heading', text: 'New data protection request' },
        {
          kind: 'paragraph',
          text: `${d.isEnteredByStaff ? `Request ${d.reference} was entered in the console.` : `Request ${d.reference} arrived through the portal.`} ${d.isAssignedToReader ? 'It is assigned to you.' : 'Nobody is handling it yet: take it in the console.'} The deadline is ${f.date(d.dueDate)}.`,
        },
        {
          kind: 'facts',
          rows: [
            ['Reference', d.reference],
            ['Request', f.requestType(d.requestType)],
            ['Deadline', f.date(d.dueDate)],
          ],
        },
        { kind: 'link', label: 'Open the request in the console', url: f.url(d.consolePath) },
      ],
      footer: staffFooter('en', f.controllerName),
    }),
  },
});
