import { z } from 'zod';
import { defineMailTemplate, mailPathSchema, mailReferenceSchema } from '../define-mail-template';
import { subjectFooter } from './subject-footer';

/**
 * A handler wrote to the subject. The message itself stays in the portal: it
 * may carry personal data, and email is neither authenticated nor reliably
 * encrypted, so the mail only says where to read it.
 */
export const handlerMessageTemplate = defineMailTemplate({
  audience: 'subject',
  dataSchema: z.object({
    reference: mailReferenceSchema,
    requestPath: mailPathSchema,
  }),
  render: {
    fi: (d, f) => ({
      subject: `Uusi viesti pyyntöösi ${d.reference}`,
      blocks: [
        { kind: 'heading', text: 'Sinulle on uusi viesti' },
        {
          kind: 'paragraph',
          text: `Käsittelijä on lähettänyt sinulle viestin pyyntöön ${d.reference} liittyen. Voit lukea viestin ja vastata siihen kirjauduttuasi palveluun. Viestin sisältöä ei lähetetä sähköpostilla, koska se voi sisältää henkilötietoja.`,
        },
        { kind: 'link', label: 'Lue viesti', url: f.url(d.requestPath) },
      ],
      footer: subjectFooter('fi', f.controllerName),
    }),
    sv: (d, f) => ({
      subject: `Nytt meddelande om din begäran ${d.reference}`,
      blocks: [
        { kind: 'heading', text: 'Du har ett nytt meddelande' },
        {
          kind: 'paragraph',
          text: `Handläggaren har skickat dig ett meddelande om begäran ${d.reference}. Du kan läsa och besvara meddelandet när du har loggat in i tjänsten. Innehållet skickas inte per e-post eftersom det kan innehålla personuppgifter.`,
        },
        { kind: 'link', label: 'Läs meddelandet', url: f.url(d.requestPath) },
      ],
      footer: subjectFooter('sv', f.controllerName),
    }),
    en: (d, f) => ({
      subject: `New message about your request ${d.reference}`,
      blocks: [
        { kind: 'heading', text: 'You have a new message' },
        {
          kind: 'paragraph',
          text: `The handler has sent you a message about request ${d.reference}. You can read and answer it after signing in to the service. The message itself is not sent by email because it may contain personal data.`,
        },
        { kind: 'link', label: 'Read the message', url: f.url(d.requestPath) },
      ],
      footer: subjectFooter('en', f.controllerName),
    }),
  },
});
