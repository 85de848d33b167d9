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
 * An identity question has waited 14 days without an answer. The deadline
 * stands still meanwhile (Art. 12(6)); the handler decides whether to remind
 * the person or refuse because the controller cannot identify them
 * (Art. 12(2), 11(2)), which the console now offers.
 */
export const reminderIdentityUnansweredTemplate = defineMailTemplate({
  audience: 'staff',
  dataSchema: z.object({
    reference: mailReferenceSchema,
    requestType: z.enum(mailRequestTypes),
    askedOn: mailLocalDateSchema,
    consolePath: mailPathSchema,
  }),
  render: {
    fi: (d, f) => ({
      subject: `Henkilöllisyyskysymykseen ei ole vastattu: pyyntö ${d.reference}`,
      blocks: [
        { kind: 'heading', text: 'Henkilöllisyyskysymykseen ei ole vastattu' },
        {
          kind: 'paragraph',
          text: `Kysyit ${f.date(d.askedOn)} lisätietoja pyynnön ${d.reference} tekijän henkilöllisyydestä, eikä vastausta ole tullut kahdessa viikossa. Määräaika on keskeytettynä. Voit muistuttaa henkilöä viestillä tai, jos häntä ei voida tunnistaa, hylätä pyynnön perusteella ”henkilöllisyyttä ei voitu varmistaa” (tietosuoja-asetuksen 11 artiklan 2 kohta ja 12 artiklan 2 kohta).`,
        },
        {
          kind: 'facts',
          rows: [
            ['Viite', d.reference],
            ['Pyyntö', f.requestType(d.requestType)],
            ['Kysytty', f.date(d.askedOn)],
          ],
        },
        { kind: 'link', label: 'Avaa pyyntö konsolissa', url: f.url(d.consolePath) },
      ],
      footer: staffFooter('fi', f.controllerName),
    }),
    sv: (d, f) => ({
      subject: `Identitetsfrågan har inte besvarats: begäran ${d.reference}`,
      blocks: [
        { kind: 'heading', text: 'Identitetsfrågan har inte besvarats' },
        {
          kind: 'paragraph',
          text: `Du bad ${f.date(d.askedOn)} om mer information om identiteten hos den som gjorde begäran ${d.reference}, och inget svar har kommit på två veckor. Tidsfristen löper inte under tiden. Du kan påminna personen med ett meddelande eller, om personen inte kan identifieras, avslå begäran på grunden ”identiteten kunde inte bekräftas” (artikel 11.2 och 12.2 i dataskyddsförordningen).`,
        },
        {
          kind: 'facts',
          rows: [
            ['Referens', d.reference],
            ['Begäran', f.requestType(d.requestType)],
            ['Frågad', f.date(d.askedOn)],
          ],
        },
        { kind: 'link', label: 'Öppna begäran i konsolen', url: f.url(d.consolePath) },
      ],
      footer: staffFooter('sv', f.controllerName),
    }),
    en: (d, f) => ({
      subject: `Identity question not answered: request ${d.reference}`,
      blocks: [
        { kind: 'heading', text: 'The identity question has not been answered' },
        {
          kind: 'paragraph',
          text: `On ${f.date(d.askedOn)} you asked for more information about the identity of the person behind request ${d.reference}, and no answer has come in two weeks. The deadline is paused meanwhile. You can remind the person with a message or, if they cannot be identified, refuse the request on the ground “identity could not be confirmed” (Article 11(2) and 12(2) GDPR).`,
        },
        {
          kind: 'facts',
          rows: [
            ['Reference', d.reference],
            ['Request', f.requestType(d.requestType)],
            ['Asked on', f.date(d.askedOn)],
          ],
        },
        { kind: 'link', label: 'Open the request in the console', url: f.url(d.consolePath) },
      ],
      footer: staffFooter('en', f.controllerName),
    }),
  },
});
