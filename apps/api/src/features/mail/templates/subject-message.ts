import { z } from 'zod';
import { defineMailTemplate, mailPathSchema, mailReferenceSchema } from '../define-mail-template';
import { mailRequestTypes } from '../mail-format';
import { staffFooter } from './subject-footer';

/**
 * Tells the assigned handler that the subject wrote on a request. The text
 * stays in the console: the mail names the request, never the message, so no
 * personal data travels by email.
 */
export const subjectMessageTemplate = defineMailTemplate({
  audience: 'staff',
  dataSchema: z.object({
    reference: mailReferenceSchema,
    requestType: z.enum(mailRequestTypes),
    isIdentityAnswer: z.boolean(),
    consolePath: mailPathSchema,
  }),
  render: {
    fi: (d, f) => ({
      subject: d.isIdentityAnswer
        ? `Vastaus henkilöllisyyskysymykseen: pyyntö ${d.reference}`
        : `Uusi viesti: pyyntö ${d.reference}`,
      blocks: [
        {
          kind: 'heading',
          text: d.isIdentityAnswer ? 'Rekisteröity vastasi kysymykseesi' : 'Rekisteröity kirjoitti',
        },
        {
          kind: 'paragraph',
          text: d.isIdentityAnswer
            ? `Pyynnön ${d.reference} rekisteröity vastasi henkilöllisyyttä koskevaan kysymykseen. Määräajan laskenta jatkuu nyt; tarkista vastaus konsolissa.`
            : `Pyynnön ${d.reference} rekisteröity lähetti viestin. Lue se konsolissa.`,
        },
        {
          kind: 'facts',
          rows: [
            ['Viite', d.reference],
            ['Pyyntö', f.requestType(d.requestType)],
          ],
        },
        { kind: 'link', label: 'Avaa pyyntö konsolissa', url: f.url(d.consolePath) },
      ],
      footer: staffFooter('fi', f.controllerName),
    }),
    sv: (d, f) => ({
      subject: d.isIdentityAnswer
        ? `Svar på identitetsfrågan: begäran ${d.reference}`
        : `Nytt meddelande: begäran ${d.reference}`,
      blocks: [
        {
          kind: 'heading',
          text: d.isIdentityAnswer
            ? 'Den registrerade svarade på din fråga'
            : 'Den registrerade skrev',
        },
        {
          kind: 'paragraph',
          text: d.isIdentityAnswer
            ? `Den registrerade i begäran ${d.reference} svarade på frågan om identitet. Tidsfristen löper nu vidare; granska svaret i konsolen.`
            : `Den registrerade i begäran ${d.reference} skickade ett meddelande. Läs det i konsolen.`,
        },
        {
          kind: 'facts',
          rows: [
            ['Referens', d.reference],
            ['Begäran', f.requestType(d.requestType)],
          ],
        },
        { kind: 'link', label: 'Öppna begäran i konsolen', url: f.url(d.consolePath) },
      ],
      footer: staffFooter('sv', f.controllerName),
    }),
    en: (d, f) => ({
      subject: d.isIdentityAnswer
        ? `Identity question answered: request ${d.reference}`
        : `New message: request ${d.reference}`,
      blocks: [
        {
          kind: 'heading',
          text: d.isIdentityAnswer
            ? 'The data subject answered your question'
            : 'The data subject wrote',
        },
        {
          kind: 'paragraph',
          text: d.isIdentityAnswer
            ? `The data subject of request ${d.reference} answered the identity question. The deadline is running again; review the answer in the console.`
            : `The data subject of request ${d.reference} sent a message. Read it in the console.`,
        },
        {
          kind: 'facts',
          rows: [
            ['Reference', d.reference],
            ['Request', f.requestType(d.requestType)],
          ],
        },
        { kind: 'link', label: 'Open the request in the console', url: f.url(d.consolePath) },
      ],
      footer: staffFooter('en', f.controllerName),
    }),
  },
});
