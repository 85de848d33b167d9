import { z } from 'zod';
import {
  defineMailTemplate,
  mailLocalDateSchema,
  mailPathSchema,
  mailReferenceSchema,
  plural,
} from '../define-mail-template';
import { mailRequestTypes } from '../mail-format';
import { staffFooter } from './subject-footer';
import { workingDays } from './staff-words';

/** The GDPR Art. 12(3) deadline has passed: reminded every working day until the request is closed. */
export const reminderOverdueTemplate = defineMailTemplate({
  audience: 'staff',
  dataSchema: z.object({
    reference: mailReferenceSchema,
    requestType: z.enum(mailRequestTypes),
    dueDate: mailLocalDateSchema,
    workingDaysOverdue: z.int().min(1),
    consolePath: mailPathSchema,
  }),
  render: {
    fi: (d, f) => ({
      subject: `Myöhässä: pyyntö ${d.reference} (määräaika ${f.shortDate(d.dueDate)})`,
      blocks: [
        { kind: 'heading', text: 'Pyynnön määräaika on umpeutunut' },
        {
          kind: 'paragraph',
          text: `Pyynnön ${d.reference} määräaika päättyi ${f.date(d.dueDate)}, ja pyyntö on ${plural('fi', d.workingDaysOverdue, workingDays)} myöhässä. Vastaa pyyntöön mahdollisimman pian.`,
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
      subject: `Försenad: begäran ${d.reference} (tidsfrist ${f.shortDate(d.dueDate)})`,
      blocks: [
        { kind: 'heading', text: 'Tidsfristen för begäran har löpt ut' },
        {
          kind: 'paragraph',
          text: `Tidsfristen för begäran ${d.reference} gick ut ${f.date(d.dueDate)} och begäran är ${plural('sv', d.workingDaysOverdue, workingDays)} försenad. Besvara den så snart som möjligt.`,
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
      subject: `Overdue: request ${d.reference} (deadline ${f.shortDate(d.dueDate)})`,
      blocks: [
        { kind: 'heading', text: 'The deadline for the request has passed' },
        {
          kind: 'paragraph',
          text: `The deadline for request ${d.reference} was ${f.date(d.dueDate)} and the request is ${plural('en', d.workingDaysOverdue, workingDays)} overdue. Please answer it as soon as possible.`,
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
