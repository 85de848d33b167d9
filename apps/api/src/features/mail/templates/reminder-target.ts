import { z } from 'zod';
import {
  defineMailTemplate,
  mailLocalDateSchema,
  mailPathSchema,
  mailReferenceSchema,
} from '../define-mail-template';
import { mailRequestTypes } from '../mail-format';
import { staffFooter } from './subject-footer';

/** The internal target date (DESIGN.md: finish before the last legal day). */
export const reminderTargetTemplate = defineMailTemplate({
  audience: 'staff',
  dataSchema: z.object({
    reference: mailReferenceSchema,
    requestType: z.enum(mailRequestTypes),
    targetDate: mailLocalDateSchema,
    dueDate: mailLocalDateSchema,
    consolePath: mailPathSchema,
  }),
  render: {
    fi: (d, f) => ({
      subject: `Tavoitepäivä tänään: pyyntö ${d.reference}`,
      blocks: [
        { kind: 'heading', text: 'Tänään on pyynnön tavoitepäivä' },
        {
          kind: 'paragraph',
          text: `Pyynnön ${d.reference} sisäinen tavoitepäivä on tänään. Lakisääteinen määräaika on ${f.date(d.dueDate)}.`,
        },
        {
          kind: 'facts',
          rows: [
            ['Viite', d.reference],
            ['Pyyntö', f.requestType(d.requestType)],
            ['Tavoitepäivä', f.date(d.targetDate)],
            ['Määräaika', f.date(d.dueDate)],
          ],
        },
        { kind: 'link', label: 'Avaa pyyntö konsolissa', url: f.url(d.consolePath) },
      ],
      footer: staffFooter('fi', f.controllerName),
    }),
    sv: (d, f) => ({
      subject: `Måldag i dag: begäran ${d.reference}`,
      blocks: [
        { kind: 'heading', text: 'I dag är begärans måldag' },
        {
          kind: 'paragraph',
          text: `Den interna måldagen för begäran ${d.reference} är i dag. Den lagstadgade tidsfristen är ${f.date(d.dueDate)}.`,
        },
        {
          kind: 'facts',
          rows: [
            ['Referens', d.reference],
            ['Begäran', f.requestType(d.requestType)],
            ['Måldag', f.date(d.targetDate)],
            ['Tidsfrist', f.date(d.dueDate)],
          ],
        },
        { kind: 'link', label: 'Öppna begäran i konsolen', url: f.url(d.consolePath) },
      ],
      footer: staffFooter('sv', f.controllerName),
    }),
    en: (d, f) => ({
      subject: `Target date today: request ${d.reference}`,
      blocks: [
        { kind: 'heading', text: "Today is the request's target date" },
        {
          kind: 'paragraph',
          text: `The internal target date for request ${d.reference} is today. The legal deadline is ${f.date(d.dueDate)}.`,
        },
        {
          kind: 'facts',
          rows: [
            ['Reference', d.reference],
            ['Request', f.requestType(d.requestType)],
            ['Target date', f.date(d.targetDate)],
            ['Deadline', f.date(d.dueDate)],
          ],
        },
        { kind: 'link', label: 'Open the request in the console', url: f.url(d.consolePath) },
      ],
      footer: staffFooter('en', f.controllerName),
    }),
  },
});
