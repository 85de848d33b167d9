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

/** An overdue request escalated to the admins, who answer for the controller meeting Art. 12(3). */
export const escalationOverdueTemplate = defineMailTemplate({
  audience: 'staff',
  dataSchema: z.object({
    reference: mailReferenceSchema,
    requestType: z.enum(mailRequestTypes),
    dueDate: mailLocalDateSchema,
    workingDaysOverdue: z.int().min(1),
    /** Staff member working the request, or null when nobody is assigned. */
    assigneeName: z.string().trim().min(1).max(200).nullable(),
    consolePath: mailPathSchema,
  }),
  render: {
    fi: (d, f) => ({
      subject: `Eskalointi: pyyntö ${d.reference} on myöhässä`,
      blocks: [
        { kind: 'heading', text: 'Myöhässä oleva pyyntö vaatii huomiota' },
        {
          kind: 'paragraph',
          text: `Pyyntöön ${d.reference} ei ole vastattu määräajassa (${f.date(d.dueDate)}). Se on ${plural('fi', d.workingDaysOverdue, workingDays)} myöhässä. Saat tämän viestin ylläpitäjänä.`,
        },
        {
          kind: 'facts',
          rows: [
            ['Viite', d.reference],
            ['Pyyntö', f.requestType(d.requestType)],
            ['Määräaika', f.date(d.dueDate)],
            ['Käsittelijä', d.assigneeName ?? 'Ei nimetty'],
          ],
        },
        { kind: 'link', label: 'Avaa pyyntö konsolissa', url: f.url(d.consolePath) },
      ],
      footer: staffFooter('fi', f.controllerName),
    }),
    sv: (d, f) => ({
      subject: `Eskalering: begäran ${d.reference} är försenad`,
      blocks: [
        { kind: 'heading', text: 'En försenad begäran kräver uppmärksamhet' },
        {
          kind: 'paragraph',
          text: `Begäran ${d.reference} har inte besvarats inom tidsfristen (${f.date(d.dueDate)}). Den är ${plural('sv', d.workingDaysOverdue, workingDays)} försenad. Du får detta meddelande som administratör.`,
        },
        {
          kind: 'facts',
          rows: [
            ['Referens', d.reference],
            ['Begäran', f.requestType(d.requestType)],
            ['Tidsfrist', f.date(d.dueDate)],
            ['Handläggare', d.assigneeName ?? 'Inte tilldelad'],
          ],
        },
        { kind: 'link', label: 'Öppna begäran i konsolen', url: f.url(d.consolePath) },
      ],
      footer: staffFooter('sv', f.controllerName),
    }),
    en: (d, f) => ({
      subject: `Escalation: request ${d.reference} is overdue`,
      blocks: [
        { kind: 'heading', text: 'An overdue request needs attention' },
        {
          kind: 'paragraph',
          text: `Request ${d.reference} was not answered by its deadline (${f.date(d.dueDate)}). It is ${plural('en', d.workingDaysOverdue, workingDays)} overdue. You receive this message as an admin.`,
        },
        {
          kind: 'facts',
          rows: [
            ['Reference', d.reference],
            ['Request', f.requestType(d.requestType)],
            ['Deadline', f.date(d.dueDate)],
            ['Handler', d.assigneeName ?? 'Not assigned'],
          ],
        },
        { kind: 'link', label: 'Open the request in the console', url: f.url(d.consolePath) },
      ],
      footer: staffFooter('en', f.controllerName),
    }),
  },
});
