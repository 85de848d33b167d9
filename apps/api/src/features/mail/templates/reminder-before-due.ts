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

/** A working-days-before reminder from the schedule (default 7, 3 and 1), so the GDPR Art. 12(3) deadline is met. */
export const reminderBeforeDueTemplate = defineMailTemplate({
  audience: 'staff',
  dataSchema: z.object({
    reference: mailReferenceSchema,
    requestType: z.enum(mailRequestTypes),
    dueDate: mailLocalDateSchema,
    workingDaysBefore: z.int().min(1),
    isExtended: z.boolean(),
    consolePath: mailPathSchema,
  }),
  render: {
    fi: (d, f) => ({
      subject: `Muistutus: pyynnön ${d.reference} määräaika ${f.shortDate(d.dueDate)}`,
      blocks: [
        { kind: 'heading', text: `Määräaikaan ${plural('fi', d.workingDaysBefore, workingDays)}` },
        {
          kind: 'paragraph',
          text: `Pyyntöön ${d.reference} on vastattava viimeistään ${f.date(d.dueDate)}${d.isExtended ? ' (jatkettu määräaika)' : ''}.`,
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
      subject: `Påminnelse: tidsfristen för begäran ${d.reference} är ${f.shortDate(d.dueDate)}`,
      blocks: [
        {
          kind: 'heading',
          text: `${plural('sv', d.workingDaysBefore, workingDays)} till tidsfristen`,
        },
        {
          kind: 'paragraph',
          text: `Begäran ${d.reference} ska besvaras senast ${f.date(d.dueDate)}${d.isExtended ? ' (förlängd tidsfrist)' : ''}.`,
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
      subject: `Reminder: request ${d.reference} is due ${f.shortDate(d.dueDate)}`,
      blocks: [
        {
          kind: 'heading',
          text: `${plural('en', d.workingDaysBefore, workingDays)} to the deadline`,
        },
        {
          kind: 'paragraph',
          text: `Request ${d.reference} must be answered by ${f.date(d.dueDate)}${d.isExtended ? ' (extended deadline)' : ''}.`,
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
